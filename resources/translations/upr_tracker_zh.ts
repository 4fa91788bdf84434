<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;p&gt;UPR Tracker is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It includes libraries and fonts under their own licences (among them Qt, under the LGPL-3.0): see the third-party notices.&lt;/p&gt;</source>
            <translation>&lt;p&gt;UPR Tracker 是自由软件：您可以按照 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本的条款再分发和修改它。本软件不提供任何担保。&lt;/p&gt;&lt;p&gt;它包含各自许可证下的库和字体（其中 Qt 采用 LGPL-3.0）：请参阅第三方声明。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Third-party notices</source>
            <translation>第三方声明</translation>
        </message>
        <message>
            <source>Third-party notices…</source>
            <translation>第三方声明…</translation>
        </message>
    </context>
    <context>
        <name>ActionCategory</name>
        <message>
            <source>Minimal action</source>
            <translation>最低限度行动</translation>
        </message>
        <message>
            <source>Continuing action</source>
            <translation>持续行动</translation>
        </message>
        <message>
            <source>Considering action</source>
            <translation>考虑行动</translation>
        </message>
        <message>
            <source>General action</source>
            <translation>一般行动</translation>
        </message>
        <message>
            <source>Specific action</source>
            <translation>具体行动</translation>
        </message>
    </context>
    <context>
        <name>AddTermDialog</name>
        <message>
            <source>Add a term to %1</source>
            <translation>向“%1”添加术语</translation>
        </message>
        <message>
            <source>optional (an SDG number, an OHCHR code such as A12)</source>
            <translation>可选(可持续发展目标编号,或人权高专办代码,如 A12)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>代码(&amp;C):</translation>
        </message>
        <message>
            <source>A name close to an existing term is refused first, so that near-duplicates (“Death Penalty” beside “Death penalty”) are not added by mistake.</source>
            <translation>与现有术语相近的名称会先被拒绝,以免误加近似重复项(如“Death Penalty”与“Death penalty”)。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>正在准备演示数据库…</translation>
        </message>
        <message>
            <source>The database could not be opened.

%1</source>
            <translation>无法打开数据库。

%1</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>无法打开 %1。

%2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit the assessment</source>
            <translation>编辑评估</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>添加评估</translation>
        </message>
        <message>
            <source>e.g. the NGO coalition, the Ombudsman, CEDAW</source>
            <translation>例如：非政府组织联盟、监察员、消除对妇女歧视委员会</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>注明日期</translation>
        </message>
        <message>
            <source>What shows it: a law, a report, a case…</source>
            <translation>依据：法律、报告、案例……</translation>
        </message>
        <message>
            <source>By whose account</source>
            <translation>评估方</translation>
        </message>
        <message>
            <source>Name of the source</source>
            <translation>来源名称</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>程度</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSource</name>
        <message>
            <source>State</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>非政府组织</translation>
        </message>
        <message>
            <source>UN body</source>
            <translation>联合国机构</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>By</source>
            <translation>评估方</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>程度</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>&amp;Add an assessment…</source>
            <translation>添加评估…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>not</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>全面</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>UPR Info 评分：未落实 0，部分 0.5，全面 1；≥ 0.66 为全面，≥ 0.33 为部分，否则为未落实</translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3 to %4; %5)</source>
            <translation>
                <numerusform>%1：%n 个来源的平均分为 %2（满分 1）（%3至%4；%5）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3)</source>
            <translation>
                <numerusform>%1：%n 个来源的平均分为 %2（满分 1）（%3）</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; not assessed yet</source>
            <translation>&lt;b&gt;综合程度：&lt;/b&gt;尚未评估</translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;综合程度：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <source>&amp;Edit the assessment…</source>
            <translation>编辑评估…</translation>
        </message>
        <message>
            <source>&amp;Delete the assessment</source>
            <translation>删除评估</translation>
        </message>
    </context>
    <context>
        <name>AssignTextDialog</name>
        <message>
            <source>Assign the text to recommendations</source>
            <translation>将文本分配给建议</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>line </source>
            <translation>第 </translation>
        </message>
        <message>
            <source>The text from line %1 of %2 lost its recommendation numbers. Tick the recommendations it answers.</source>
            <translation>%2 第 %1 行起的文本丢失了建议编号。请勾选它所答复的建议。</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>It ends at</source>
            <translation>结束于</translation>
        </message>
        <message>
            <source>It answers</source>
            <translation>它答复</translation>
        </message>
        <message>
            <source>Unanswered in this document: %1</source>
            <translation>本文件中未答复的：%1</translation>
        </message>
        <message>
            <source>Tick these</source>
            <translation>勾选这些</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>立场：</translation>
        </message>
        <message>
            <source>Its words: %1 (“%2”)</source>
            <translation>其措辞：%1（“%2”）</translation>
        </message>
        <message>
            <source>Its words: %1</source>
            <translation>其措辞：%1</translation>
        </message>
        <message>
            <source>Tick the recommendations the text answers.</source>
            <translation>请勾选该文本所答复的建议。</translation>
        </message>
    </context>
    <context>
        <name>AuthorName</name>
        <message>
            <source>Your name</source>
            <translation>您的姓名</translation>
        </message>
        <message>
            <source>Your name is recorded with every change you make, so that colleagues can see who changed what (the audit trail). The command line records your changes under it too.

Your name or initials:</source>
            <translation>您所做的每一项修改都会记录您的姓名，以便同事了解谁修改了什么（修改记录）。命令行也以此姓名记录您的修改。

您的姓名或姓名缩写：</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file you choose. It is restored into a new, empty database with: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).</source>
            <translation>服务器上的团队数据库使用 pg_dump 备份：“文件 ▸ 立即备份”会将备份写入您选择的文件。可使用以下命令将其恢复到一个新的空数据库：upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE（或由服务器管理员使用 pg_restore 恢复）。</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>计划备份</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <source>Before a restore (unreadable file)</source>
            <translation>恢复前（文件无法读取）</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: the disk is full. The database itself is unchanged. Free some space on it, then choose File ▸ Back up now.</source>
            <translation>无法将 %1 的备份写入 %2：磁盘已满。数据库本身未更改。请释放磁盘空间，然后选择“文件 ▸ 立即备份”。</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: that folder cannot be written to. The database itself is unchanged. Make the folder writable (or move the database), then choose File ▸ Back up now.</source>
            <translation>无法将 %1 的备份写入 %2：该文件夹不可写。数据库本身未更改。请使该文件夹可写（或移动数据库），然后选择“文件 ▸ 立即备份”。</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: %3. The database itself is unchanged. Check the folder, then choose File ▸ Back up now.</source>
            <translation>无法将 %1 的备份写入 %2：%3。数据库本身未更改。请检查该文件夹，然后选择“文件 ▸ 立即备份”。</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Reading the backup folder…</source>
            <translation>正在读取备份文件夹…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Back up automatically while UPR Tracker is open, every</source>
            <translation>UPR Tracker 打开期间自动备份，间隔</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>(only if something changed)</source>
            <translation>（仅在有更改时）</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>保留最近</translation>
        </message>
        <message>
            <source>scheduled backups.</source>
            <translation>个计划备份。</translation>
        </message>
        <message>
            <source>Backups taken with Back up now, and those taken before an upgrade or a restore, are never removed automatically.</source>
            <translation>通过“立即备份”创建的备份，以及升级或恢复前创建的备份，永远不会被自动删除。</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>自动备份</translation>
        </message>
        <message>
            <source>Backups of %1: choose the one to put back.</source>
            <translation>%1 的备份：请选择要恢复的备份。</translation>
        </message>
        <message>
            <source>Backups of %1</source>
            <translation>%1 的备份</translation>
        </message>
        <message>
            <source>Kept in %1</source>
            <translation>保存在 %1</translation>
        </message>
        <message>
            <source>No backups yet: Back up now takes the first one.</source>
            <translation>尚无备份：点击“立即备份”创建第一个备份。</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>UPR Tracker bundles (*.uprbundle);;All files (*)</source>
            <translation>UPR Tracker 变更包 (*.uprbundle);;所有文件 (*)</translation>
        </message>
        <message>
            <source>UPR Tracker keys (*.uprkey);;All files (*)</source>
            <translation>UPR Tracker 密钥 (*.uprkey);;所有文件 (*)</translation>
        </message>
        <message>
            <source>A team database on a server exchanges changes with laptops by sync (File ▸ Sync now), not by bundle files.</source>
            <translation>服务器上的团队数据库通过同步（“文件 ▸ 立即同步”）与笔记本电脑交换更改，而不是通过变更包文件。</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message numerus="yes">
            <source>%n changed record(s)</source>
            <translation>
                <numerusform>%n 条已更改的记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed, %3 left waiting (not possible here yet: see the log).</source>
            <translation>
                <numerusform>已应用来自 %2 的 %1：更改了 %n 条记录，%3 条待处理（此处尚无法应用：请查看日志）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed.</source>
            <translation>
                <numerusform>已应用来自 %2 的 %1：更改了 %n 条记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) await your decision.</source>
            <translation>
                <numerusform>%n 个冲突等待您决定。</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1 for %2: %3, %4.</source>
            <translation>已为 %2 写入 %1：%3，%4。</translation>
        </message>
        <message>
            <source>Wrote %1: %2, %3.</source>
            <translation>已写入 %1：%2，%3。</translation>
        </message>
        <message>
            <source>Changes written</source>
            <translation>更改已写入</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>正在写入更改…</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>已接收更改</translation>
        </message>
        <message>
            <source>Nothing was applied from %1.</source>
            <translation>未从 %1 应用任何内容。</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>正在应用更改…</translation>
        </message>
        <message>
            <source>Save this laptop's key</source>
            <translation>保存此笔记本电脑的密钥</translation>
        </message>
        <message>
            <source>Saved the key of %1 to %2 (fingerprint %3). Give it to your colleagues; compare the fingerprint with them when they trust it.</source>
            <translation>已将 %1 的密钥保存到 %2（指纹 %3）。请将其交给您的同事；在他们信任该密钥时与他们核对指纹。</translation>
        </message>
        <message>
            <source>Key saved</source>
            <translation>密钥已保存</translation>
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation>同事的密钥文件</translation>
        </message>
        <message>
            <source>Trusted %1 (fingerprint %2).</source>
            <translation>已信任 %1（指纹 %2）。</translation>
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation>已信任同事</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingPanel</name>
        <message>
            <source>Columns of this table</source>
            <translation>此表格的列</translation>
        </message>
        <message>
            <source>This table is not a UPR Info or UHRI export. Say which column holds what: the recommendation's text is required, the rest is imported when given.</source>
            <translation>此表格不是 UPR Info 或 UHRI 的导出文件。请说明每一列的内容：建议文本为必填项，其余内容如有提供则一并导入。</translation>
        </message>
        <message>
            <source>%1 *:</source>
            <translation>%1 *：</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>Save mapping as…</source>
            <translation>将映射另存为…</translation>
        </message>
        <message>
            <source>Preview with these columns</source>
            <translation>按这些列预览</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>已保存的映射：</translation>
        </message>
        <message>
            <source>Choose a saved mapping…</source>
            <translation>选择已保存的映射…</translation>
        </message>
        <message>
            <source>None saved yet</source>
            <translation>尚未保存任何映射</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translation>保存列映射</translation>
        </message>
        <message>
            <source>Name of the mapping (to use it again for tables like this one):</source>
            <translation>映射名称（以便用于类似的表格）：</translation>
        </message>
    </context>
    <context>
        <name>CombineDialog</name>
        <message>
            <source>Combine: %1</source>
            <translation>合并：%1</translation>
        </message>
        <message>
            <source>The value to keep:</source>
            <translation>要保留的值：</translation>
        </message>
        <message>
            <source>Write the value to keep (every version is here to start from):</source>
            <translation>请写出要保留的值（所有版本都在此处，可作为起点）：</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>保留此值</translation>
        </message>
    </context>
    <context>
        <name>CombinedAssessment</name>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>mean %1 of 1 from 1 source (%2)</source>
            <translation>平均值 %1（满分 1），来自 1 个来源（%2）</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3)</source>
            <translation>平均值 %1（满分 1），来自 %2 个来源（%3）</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3 to %4; %5)</source>
            <translation>平均值 %1（满分 1），来自 %2 个来源（从“%3”到“%4”；%5）</translation>
        </message>
        <message>
            <source>not</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>全面落实</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>UPR Info 评分：未落实 0，部分落实 0.5，全面落实 1；≥ 0.66 为全面落实，≥ 0.33 为部分落实，否则为未落实</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n 个版本</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolved by %1 · %2</source>
            <translation>由 %1 解决 · %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(confidential note: not readable here)</source>
            <translation>（机密说明：此处无法读取）</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>This database is open to be read only here: conflicts are resolved by an editor.</source>
            <translation>此数据库在此处以只读方式打开：冲突由编辑者解决。</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>Conflicts between databases</source>
            <translation>数据库之间的冲突</translation>
        </message>
        <message>
            <source>No conflicts.

When two databases (laptops, the team server) changed the same field differently before they synced, both versions are kept and listed here for you to choose.</source>
            <translation>没有冲突。

当两个数据库（笔记本电脑、团队服务器）在同步之前以不同方式修改了同一字段时，两个版本都会保留并列在此处，供您选择。</translation>
        </message>
        <message>
            <source>Combine…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <source>Show the recommendation</source>
            <translation>显示建议</translation>
        </message>
        <message>
            <source>Choose a conflict to see its versions side by side.</source>
            <translation>选择一个冲突，即可并排查看其各个版本。</translation>
        </message>
        <message>
            <source>Reading the conflicts…</source>
            <translation>正在读取冲突…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 个未解决，%2 个已解决</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 个未解决</translation>
        </message>
        <message>
            <source>Version %1 (in the record now)</source>
            <translation>版本 %1（当前记录中的版本）</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>By %1 · database: %2
%3</source>
            <translation>作者：%1 · 数据库：%2
%3</translation>
        </message>
        <message>
            <source>at an unknown time</source>
            <translation>时间未知</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>保留此版本</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <source>Resolved by %1 on %2.</source>
            <translation>由 %1 于 %2 解决。</translation>
        </message>
        <message>
            <source>Resolved by %1.</source>
            <translation>由 %1 解决。</translation>
        </message>
        <message>
            <source>The record is not in this database (deleted here, or not received yet).</source>
            <translation>该记录不在此数据库中（已在此处删除，或尚未接收）。</translation>
        </message>
        <message>
            <source>A confidential note you may not read here: resolve it where it can be read.</source>
            <translation>这是一条您在此处无权阅读的机密说明：请在可以阅读它的地方解决。</translation>
        </message>
        <message>
            <source>Changed differently on two databases before they synced. Until you choose, the record holds the latest version; keep one, or combine them.</source>
            <translation>在同步之前，两个数据库对此做了不同的修改。在您做出选择之前，记录保留最新版本；请保留其中一个，或将它们合并。</translation>
        </message>
        <message>
            <source>Kept version %1 (%2, %3).</source>
            <translation>已保留版本 %1（%2，%3）。</translation>
        </message>
        <message>
            <source>Combined value kept.</source>
            <translation>已保留合并后的值。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation>将数据库复制到…</translation>
        </message>
        <message>
            <source>Copies everything in %1 (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation>将 %1 中的所有内容（历史、修改记录、说明、附件、已保存的搜索）复制到新文件或团队服务器的数据库中，然后检查副本。</translation>
        </message>
        <message>
            <source>a file, or postgresql://user@host:5432/database</source>
            <translation>文件，或 postgresql://user@host:5432/database</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>复制到：</translation>
        </message>
        <message>
            <source>a file: leave empty for no encryption</source>
            <translation>文件：留空则不加密</translation>
        </message>
        <message>
            <source>Encrypt with passphrase:</source>
            <translation>使用密码短语加密：</translation>
        </message>
        <message>
            <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
            <translation>服务器：如果 ~/.pgpass 或 PGPASSWORD 未提供</translation>
        </message>
        <message>
            <source>Server password:</source>
            <translation>服务器密码：</translation>
        </message>
        <message>
            <source>Add to what the target already holds (records already there are skipped)</source>
            <translation>添加到目标已有的内容中（跳过已存在的记录）</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the database to</source>
            <translation>将数据库复制到</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
            <translation>UPR Tracker 数据库 (*.sqlite3 *.sqlite)</translation>
        </message>
        <message>
            <source>Say where to copy the database: a file, or a server's address.</source>
            <translation>请指定将数据库复制到何处：文件或服务器地址。</translation>
        </message>
        <message>
            <source>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</source>
            <translation>服务器上的数据库不使用密码短语加密：请将密码短语留空（服务器自身的访问规则会保护它）。</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</source>
            <translation>
                <numerusform>已将 %1 复制到 %2：%n 行，用时 %3 秒。每个表的行数都正确，双方的 JSON 导出完全相同。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</source>
            <translation>
                <numerusform>已将 %1 复制到 %2：%n 行，用时 %3 秒。每个表的行数都正确；未比较导出内容（已与其他数据合并）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were already there and were skipped.</source>
            <translation>
                <numerusform>%n 条记录已存在，已跳过。</numerusform>
            </translation>
        </message>
        <message>
            <source>Database copied</source>
            <translation>数据库已复制</translation>
        </message>
        <message>
            <source>Copying the database…</source>
            <translation>正在复制数据库…</translation>
        </message>
    </context>
    <context>
        <name>CorrectPositionDialog</name>
        <message>
            <source>Correct the position</source>
            <translation>更正立场</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>%1 in %2: record the position the State gives, as you read it in the document.</source>
            <translation>%2 中的%1：请按您在文件中读到的内容记录该国的立场。</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>立场：</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>适用于：</translation>
        </message>
        <message>
            <source>Tick the recommendations to correct.</source>
            <translation>请勾选要更正的建议。</translation>
        </message>
    </context>
    <context>
        <name>CountryBrief</name>
        <message>
            <source>Country brief: %1</source>
            <translation>国别简报：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n 项建议</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1。</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Recommendations by the State's current position</source>
            <translation>按国家当前立场分列的建议</translation>
        </message>
        <message>
            <source>The State considers %1 of them already implemented or in the process of implementation.</source>
            <translation>国家认为其中 %1 项已经落实或正在落实。</translation>
        </message>
        <message>
            <source>The position of %1 of them is still to be verified against the source document.</source>
            <translation>其中 %1 项的立场仍有待对照原始文件核实。</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>落实</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level</source>
            <translation>按综合落实程度分列的建议</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Recommendations by theme (a recommendation with several themes counts under each)</source>
            <translation>按议题分列的建议（涉及多个议题的建议在每个议题下分别计数）</translation>
        </message>
        <message>
            <source>Recommendations by theme (OHCHR themes; a recommendation with several themes counts under each)</source>
            <translation>按议题分列的建议（人权高专办议题；涉及多个议题的建议在每个议题下分别计数）</translation>
        </message>
        <message>
            <source>Recommendations by affected persons (a recommendation with several counts under each)</source>
            <translation>按受影响者分列的建议（涉及多个类别的建议在每个类别下分别计数）</translation>
        </message>
        <message>
            <source>Recommendations by %1 (a recommendation with several counts under each)</source>
            <translation>按%1分列的建议（涉及多项的建议在每一项下分别计数）</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Recommendations by position</source>
            <translation>按立场分列的建议</translation>
        </message>
        <message>
            <source>Recommendations by implementation level</source>
            <translation>按落实程度分列的建议</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1（续）</translation>
        </message>
        <message>
            <source>The themes are the %1, the vocabulary that classifies most of these recommendations; each line names its other terms (%2).</source>
            <translation>议题采用“%1”分类，该分类涵盖了这些建议中的大多数；每一行列出其其他术语（%2）。</translation>
        </message>
        <message>
            <source>The themes are the %1.</source>
            <translation>议题采用“%1”分类。</translation>
        </message>
        <message numerus="yes">
            <source>A recommendation with several themes is listed under each of them (%n of the %1 recommendations have more than one). Recommendations without a theme are listed under “%2”.</source>
            <translation>
                <numerusform>涉及多个议题的建议在每个议题下均予列出（%1 项建议中有 %n 项涉及多个议题）。没有议题的建议列在“%2”下。</numerusform>
            </translation>
        </message>
        <message>
            <source>A recommendation with several themes is listed under each of them. Recommendations without a theme are listed under “%2”.</source>
            <translation>涉及多个议题的建议在每个议题下均予列出。没有议题的建议列在“%2”下。</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes included).</source>
            <translation>每一行列出与该建议相关的最新落实进展节点和最新的后续行动说明（包括机密说明）。</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes are not included in this brief).</source>
            <translation>每一行列出与该建议相关的最新落实进展节点和最新的后续行动说明（本简报不包括机密说明）。</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>按议题分列的建议</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: a day with the month's name</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>%1
Click to open it.</source>
            <translation>%1
单击即可打开。</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> 周</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Remind me of deadlines</source>
            <translation>提前提醒我截止日期:</translation>
        </message>
        <message>
            <source>ahead.   Changes since</source>
            <translation>。   此后的更改:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Of</source>
            <comment>what a deadline is of</comment>
            <translation>所属</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审议</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>recommendations without a position</comment>
            <translation>待定</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>待审查</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>更改内容</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>审议日期(&amp;D)…</translation>
        </message>
        <message>
            <source>Edit the dates of the review of the selected deadline or pending review</source>
            <translation>编辑所选截止日期或待定审议所属审议的日期</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>即将到来的截止日期</translation>
        </message>
        <message>
            <source>Reviews with answers pending</source>
            <translation>有待答复的审议</translation>
        </message>
        <message>
            <source>Recommendations to review</source>
            <translation>待审查的建议</translation>
        </message>
        <message>
            <source>Recommendations by position (upper bar) and implementation (lower bar)</source>
            <translation>按立场(上方条形)和落实情况(下方条形)分列的建议</translation>
        </message>
        <message>
            <source>The dashboard could not be read: %1</source>
            <translation>无法读取仪表板:%1</translation>
        </message>
        <message>
            <source>%1 (estimated)</source>
            <translation>%1(估计)</translation>
        </message>
        <message>
            <source>Derived from the calendar of sessions: Review dates… gives the real one</source>
            <translation>根据届会日程推算:“审议日期…”可给出实际日期</translation>
        </message>
        <message>
            <source>No deadline ahead</source>
            <translation>没有即将到来的截止日期</translation>
        </message>
        <message>
            <source>%1, %2 (Tools ▸ Problems to review).</source>
            <comment>how many recommendations flagged, problems open</comment>
            <translation>%1,%2(工具 ▸ 待审查的问题)。</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) flagged for review</source>
            <translation>
                <numerusform>%n 项建议已标记待审查</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import problem(s) open</source>
            <translation>
                <numerusform>%n 个未解决的导入问题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: see Upcoming deadlines below</source>
            <translation>
                <numerusform>……另有 %n 项:见下方“即将到来的截止日期”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Within %n week(s):</source>
            <translation>
                <numerusform>%n 周内:</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM yyyy HH:mm</source>
            <comment>date format: a day with the month's name, and the time</comment>
            <translation>yyyy年M月d日 HH:mm</translation>
        </message>
        <message>
            <source>What changed since %1 (%2)</source>
            <translation>自 %1 以来的更改(%2)</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>建议:%1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>进展节点:%1</translation>
        </message>
        <message>
            <source>Review: %1</source>
            <translation>审议:%1</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>when, who: what changed</comment>
            <translation>%1  %2:%3</translation>
        </message>
        <message>
            <source>Nothing changed since then.</source>
            <translation>此后没有任何更改。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n 条说明</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

It has %n backup(s), the newest from %2. Restore the newest one that is sound? The file as it is now is kept in the backup folder.</source>
            <translation>
                <numerusform>%1

它有 %n 个备份，最新的来自 %2。是否恢复最新的完好备份？文件的当前状态将保存在备份文件夹中。</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>正在检查 %1…</translation>
        </message>
        <message>
            <source>Encryption change finished</source>
            <translation>加密更改已完成</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <source>Restoring %1 from its newest sound backup…</source>
            <translation>正在从 %1 最新的完好备份恢复…</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>数据库已恢复</translation>
        </message>
        <message>
            <source>%1 was restored from %2 (%3, %4).</source>
            <translation>已从 %2 恢复 %1（%3，%4）。</translation>
        </message>
        <message>
            <source>no database can be made at %1: %2</source>
            <translation>无法在 %1 创建数据库：%2</translation>
        </message>
        <message>
            <source>it was opened to be read</source>
            <translation>它以只读方式打开</translation>
        </message>
        <message>
            <source>%1 is opened read-only (%2): nothing can be changed in it.</source>
            <translation>%1 以只读方式打开（%2）：其中的任何内容都无法更改。</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <source>%1

You can read, search, export and write reports. To change it, copy it to a folder that can be written and open the copy.</source>
            <translation>%1

您可以阅读、搜索、导出和编写报告。如需更改，请将其复制到可写的文件夹并打开副本。</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1（只读）</translation>
        </message>
        <message>
            <source>%1 could not be opened.</source>
            <translation>无法打开 %1。</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>Adoption at the Council</source>
            <translation>理事会通过</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>中期报告</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下一次审议</translation>
        </message>
        <message>
            <source>Plan due</source>
            <translation>计划截止</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Overdue (plan due)</source>
            <translation>已逾期(计划截止)</translation>
        </message>
        <message>
            <source>Overdue (due)</source>
            <translation>已逾期(截止)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineWords</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>%n 个月后</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (estimated): %2, %3 (%4)</source>
            <translation>%1(估计):%2,%3(%4)</translation>
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <translation>%1:%2,%3(%4)</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1（视为已落实）</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info 议题</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>人权高专办专题</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>OHCHR</source>
            <translation>人权高专办</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>DocumentImportFlow</name>
        <message>
            <source>Note: %1</source>
            <translation>注：%1</translation>
        </message>
        <message>
            <source>%1: %2, %3 rows</source>
            <translation>%1：%2，%3 行</translation>
        </message>
        <message>
            <source>Recommendations: %1 created, %2 updated, %3 unchanged</source>
            <translation>建议：新建 %1 条，更新 %2 条，未变 %3 条</translation>
        </message>
        <message>
            <source>Skipped: %1 rows (%2)</source>
            <translation>已跳过：%1 行（%2）</translation>
        </message>
        <message>
            <source>Bad row skipped: %1</source>
            <translation>已跳过错误行：%1</translation>
        </message>
        <message>
            <source>%1: UPR Tracker export</source>
            <translation>%1：UPR Tracker 导出文件</translation>
        </message>
        <message>
            <source>%1: %2 created, %3 unchanged</source>
            <translation>%1：新建 %2，未变 %3</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>问题：%1</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1：%2 %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1, cycle %2, session %3</source>
            <translation>%1，第 %2 周期，第 %3 届会</translation>
        </message>
        <message>
            <source>%1, cycle %2</source>
            <translation>%1，第 %2 周期</translation>
        </message>
        <message>
            <source>Responses: %1 created, %2 updated, %3 unchanged</source>
            <translation>答复：新建 %1 条，更新 %2 条，未变 %3 条</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <comment>the recommendations concerned, then the problem</comment>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>To review: %1</source>
            <translation>待审查：%1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <source>%1: not imported (no kind chosen)</source>
            <translation>%1：未导入（未选择类型）</translation>
        </message>
        <message>
            <source>%1: not imported (no state chosen)</source>
            <translation>%1：未导入（未选择国家）</translation>
        </message>
        <message>
            <source>%1: not imported (no cycle chosen)</source>
            <translation>%1：未导入（未选择周期）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 does not say which review it belongs to.
Choose the cycle:</source>
            <translation>%1 未说明其所属的审议。
请选择周期：</translation>
        </message>
        <message>
            <source>%1.
Choose the kind of document:</source>
            <translation>%1。
请选择文件类型：</translation>
        </message>
        <message>
            <source>%1.
Choose the State:</source>
            <translation>%1。
请选择国家：</translation>
        </message>
        <message>
            <source>Which kind?</source>
            <translation>哪种类型？</translation>
        </message>
        <message>
            <source>Which state?</source>
            <translation>哪个国家？</translation>
        </message>
        <message>
            <source>Which cycle?</source>
            <translation>哪个周期？</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>已导入 %n 份文件：新建议 %1 条。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) to review: the recommendations concerned are marked “needs review”.</source>
            <translation>
                <numerusform>%n 个待审查的问题：相关建议已标记为“需要审查”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) of a later cycle seem to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</source>
            <translation>
                <numerusform>后一周期的 %n 条建议似乎重复了上一周期的建议：请在“再次”（再次提出的建议）筛选器中选择“建议的”以作决定，并在建议面板中逐条接受或拒绝。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):
%1</source>
            <translation>未导入（以下文件未写入任何内容）：
%1</translation>
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>National report</source>
            <translation>国家报告</translation>
        </message>
        <message>
            <source>Compilation</source>
            <translation>汇编</translation>
        </message>
        <message>
            <source>Stakeholder summary</source>
            <translation>利益攸关方提交材料的概述</translation>
        </message>
        <message>
            <source>Working group report</source>
            <translation>工作组的报告</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>增编</translation>
        </message>
        <message>
            <source>Database export</source>
            <translation>数据库导出</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>EditCommands</name>
        <message>
            <source>Change %1 of themes</source>
            <translation>更改 %1 的议题</translation>
        </message>
        <message>
            <source>Change %1 of sdgs</source>
            <translation>更改 %1 的可持续发展目标</translation>
        </message>
        <message>
            <source>Change %1 of affected persons</source>
            <translation>更改 %1 的受影响者</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>更改 %1 的%2</translation>
        </message>
        <message>
            <source>Change the action category of %1</source>
            <translation>更改 %1 的行动类别</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>添加说明</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>编辑说明</translation>
        </message>
        <message>
            <source>Delete a note</source>
            <translation>删除说明</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>添加评估</translation>
        </message>
        <message>
            <source>Edit an assessment</source>
            <translation>编辑评估</translation>
        </message>
        <message>
            <source>Delete an assessment</source>
            <translation>删除评估</translation>
        </message>
        <message>
            <source>Link %1 recommendations to “%2”</source>
            <translation>将 %1 条建议关联到“%2”</translation>
        </message>
        <message>
            <source>Add recommendation %1</source>
            <translation>添加建议 %1</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>添加建议</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>编辑建议 %1</translation>
        </message>
        <message>
            <source>Edit recommendation</source>
            <translation>编辑建议</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Changed by someone else just now.</source>
            <translation>刚刚被他人修改。</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>已被他人修改</translation>
        </message>
        <message>
            <source>&amp;Reload (discard mine)</source>
            <translation>重新加载（放弃我的）(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>保留我的(&amp;K)</translation>
        </message>
        <message>
            <source>Save your version over theirs (the history records that it replaced theirs)</source>
            <translation>用您的版本覆盖对方的版本（修改记录会记下此次替换）</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>两者都保留(&amp;B)</translation>
        </message>
        <message>
            <source>Keep their note as it is and save yours as a new note</source>
            <translation>保留对方的说明，并将您的另存为新说明</translation>
        </message>
        <message>
            <source>Their change:</source>
            <translation>对方的修改：</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>您的：</translation>
        </message>
        <message>
            <source>Someone else changed this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此建议后，其他人修改了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else deleted this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此建议后，其他人删除了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else changed this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此说明后，其他人修改了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else deleted this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此说明后，其他人删除了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else changed this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此评估后，其他人修改了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else deleted this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此评估后，其他人删除了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else changed this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此立场后，其他人修改了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else deleted this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此立场后，其他人删除了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else changed this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此记录后，其他人修改了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此记录后，其他人删除了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此项（%1）后，其他人删除了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
        <message>
            <source>Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>在您开始编辑此项（%1）后，其他人修改了它。您的内容尚未保存：请选择要保留的内容。</translation>
        </message>
    </context>
    <context>
        <name>EncodingRow</name>
        <message>
            <source>Detect automatically</source>
            <translation>自动检测</translation>
        </message>
        <message>
            <source>If the preview's text looks wrong (odd letters or symbols inside words), choose the encoding the file was saved in: the preview follows.</source>
            <translation>如果预览文本看起来有误（词中出现奇怪的字母或符号），请选择文件保存时所用的编码：预览会随之更新。</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>读取为：</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>an encoding, how sure its reading is</comment>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>%1, given</source>
            <translation>%1，已指定</translation>
        </message>
        <message>
            <source>not known (the file could not be read)</source>
            <translation>未知（无法读取该文件）</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between two encodings</comment>
            <translation>或</translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1, but it may be %2.</source>
            <translation>此文件的编码是推测的：按 %1 读取，但也可能是 %2。</translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1.</source>
            <translation>此文件的编码是推测的：按 %1 读取。</translation>
        </message>
        <message>
            <source>A line as read: “%1”</source>
            <translation>读取到的一行：“%1”</translation>
        </message>
        <message>
            <source>If letters look wrong, choose the encoding under “Read as”; the preview follows.</source>
            <translation>如果字母看起来有误，请在“读取为”中选择编码；预览会随之更新。</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>not stated</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>in each row</source>
            <translation>见每一行</translation>
        </message>
        <message>
            <source>as exported</source>
            <translation>按导出内容</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>UPR Tracker 导出文件</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Table of %1 columns, of no known format</source>
            <translation>含 %1 列的表格，格式未知</translation>
        </message>
        <message>
            <source>%1.
%2</source>
            <comment>what the document leaves unsaid, then what to do</comment>
            <translation>%1。
%2</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>The preview appears once the kind is chosen.</source>
            <translation>选择类型后将显示预览。</translation>
        </message>
        <message>
            <source>The preview appears once the State is chosen.</source>
            <translation>选择国家后将显示预览。</translation>
        </message>
        <message>
            <source>The preview appears once the cycle is chosen.</source>
            <translation>选择周期后将显示预览。</translation>
        </message>
        <message>
            <source>The preview appears once the columns are mapped.</source>
            <translation>完成列映射后将显示预览。</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>无预览。</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>导入将产生的结果</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>已导入的内容</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>个待审查的问题</translation>
        </message>
        <message>
            <source>rows that cannot be imported</source>
            <translation>行无法导入</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>%1 行被排除：%2</translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>未导入的列：%1</translation>
        </message>
        <message>
            <source>Nothing to note.</source>
            <translation>没有需要说明的内容。</translation>
        </message>
        <message>
            <source>Positions (%1)</source>
            <translation>立场（%1）</translation>
        </message>
        <message>
            <source>Points to review (%1)</source>
            <translation>待审查的问题（%1）</translation>
        </message>
        <message>
            <source>Rows to fix (%1)</source>
            <translation>需修正的行（%1）</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>说明（%1）</translation>
        </message>
        <message>
            <source>Choose the kind under “Read it as” to preview it.</source>
            <translation>请在“读取为”下选择类型以预览。</translation>
        </message>
        <message>
            <source>The likeliest kind is chosen under “Read it as”: check it, then preview with these choices (or choose another kind).</source>
            <translation>已在“读取为”下选择最可能的类型：请核对，然后按这些选择预览（或选择其他类型）。</translation>
        </message>
        <message>
            <source>Choose the State under “Read it as” to preview it.</source>
            <translation>请在“读取为”下选择国家以预览。</translation>
        </message>
        <message>
            <source>The likeliest State is chosen under “Read it as”: check it, then preview with these choices (or choose another State).</source>
            <translation>已在“读取为”下选择最可能的国家：请核对，然后按这些选择预览（或选择其他国家）。</translation>
        </message>
        <message>
            <source>Choose the cycle under “Read it as” to preview it.</source>
            <translation>请在“读取为”下选择周期以预览。</translation>
        </message>
        <message>
            <source>The likeliest cycle is chosen under “Read it as”: check it, then preview with these choices (or choose another cycle).</source>
            <translation>已在“读取为”下选择最可能的周期：请核对，然后按这些选择预览（或选择其他周期）。</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>The file could not be written or read: %1.

File: %2

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>无法写入或读取文件：%1。

文件：%2

没有写入不完整的内容：请选择其他文件夹或释放一些空间，然后重试。</translation>
        </message>
        <message>
            <source>The file could not be written or read: %1.

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>无法写入或读取文件：%1。

没有写入不完整的内容：请选择其他文件夹或释放一些空间，然后重试。</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data was not changed by the failed step.</source>
            <translation>发生了不应出现的错误。失败的步骤没有更改您的数据。</translation>
        </message>
        <message>
            <source>The details were written to the log:
%1

To report it, copy the debug information and send it with what you were doing.</source>
            <translation>详细信息已写入日志：
%1

如需报告，请复制调试信息，连同您当时正在进行的操作一并发送。</translation>
        </message>
        <message>
            <source>To report it, copy the debug information and send it with what you were doing.</source>
            <translation>如需报告，请复制调试信息，连同您当时正在进行的操作一并发送。</translation>
        </message>
        <message>
            <source>Copy debug info</source>
            <translation>复制调试信息</translation>
        </message>
    </context>
    <context>
        <name>EventDateField</name>
        <message>
            <source>Event on</source>
            <translation>事件日期</translation>
        </message>
        <message>
            <source>The day of what the note records (a meeting, a testimony), if it is not today</source>
            <translation>说明所记录事项（会议、证词）的日期，如果不是今天</translation>
        </message>
    </context>
    <context>
        <name>FileSize</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 字节</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>非洲</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>亚洲-太平洋</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>无立场</translation>
        </message>
        <message>
            <source>The State's current position</source>
            <translation>国家的当前立场</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>Combined implementation level</source>
            <translation>综合落实程度</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>第 %1 周期</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>普遍定期审议周期</translation>
        </message>
        <message>
            <source>A term of any vocabulary: UPR Info issues, OHCHR themes, SDGs, affected persons</source>
            <translation>任一词汇表中的术语：UPR Info 议题、人权高专办专题、可持续发展目标、受影响者</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>A State that made the recommendation</source>
            <translation>提出该建议的国家</translation>
        </message>
        <message>
            <source>Regional group of a recommending State</source>
            <translation>提出建议的国家所属区域组</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>UPR Info action category</source>
            <translation>UPR Info 行动类别</translation>
        </message>
        <message>
            <source>Confirmed link</source>
            <translation>已确认的关联</translation>
        </message>
        <message>
            <source>Suggested, to decide</source>
            <translation>建议关联，待决定</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>未关联</translation>
        </message>
        <message>
            <source>Recommended again: linked to the same recommendation in another cycle</source>
            <translation>再次提出的建议：与另一周期的同一建议相关联</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>需要审查</translation>
        </message>
        <message>
            <source>Considered implemented</source>
            <translation>视为已落实</translation>
        </message>
        <message>
            <source>Has milestones</source>
            <translation>有进展节点</translation>
        </message>
        <message>
            <source>Has notes</source>
            <translation>有说明</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>落实</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>SD&amp;G</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Recommended &amp;by</source>
            <translation>提出国</translation>
        </message>
        <message>
            <source>Gro&amp;up</source>
            <translation>区域组</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Agai&amp;n</source>
            <translation>再次提出</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>ImplementationLevel</name>
        <message>
            <source>Not implemented</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>已全面落实</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import documents and datasets</source>
            <translation>导入文件和数据集</translation>
        </message>
        <message>
            <source>Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables (UPR Info, UHRI, your own) on this window, or add them. Nothing is written until you choose Import.</source>
            <translation>将联合国文件（工作组的报告、增编、人权高专办矩阵）或表格（UPR Info、UHRI、您自己的表格）拖放到此窗口，或添加它们。在您选择“导入”之前不会写入任何内容。</translation>
        </message>
        <message>
            <source>Drop files here

or choose “Add files…”</source>
            <translation>将文件拖放到此处

或选择“添加文件…”</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Add a file to see what it is and what importing it would do.</source>
            <translation>添加文件以查看其内容以及导入将产生的结果。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>检测到的内容</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>国家：</translation>
        </message>
        <message>
            <source>Cycle:</source>
            <translation>周期：</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>届会：</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>文号：</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>读取为</translation>
        </message>
        <message>
            <source>As the document says</source>
            <translation>按文件所述</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>第 %1 周期（%2）</translation>
        </message>
        <message>
            <source>Change what was detected if the document is misread; the preview follows.</source>
            <translation>如果文件读取有误，请更改检测到的内容；预览会随之更新。</translation>
        </message>
        <message>
            <source>Preview with these choices</source>
            <translation>按这些选择预览</translation>
        </message>
        <message>
            <source>Skip the rows that cannot be imported and import the others</source>
            <translation>跳过无法导入的行并导入其余各行</translation>
        </message>
        <message>
            <source>recommendations to create</source>
            <translation>条建议待新建</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>待更新</translation>
        </message>
        <message>
            <source>already there</source>
            <translation>已存在</translation>
        </message>
        <message>
            <source>positions to record</source>
            <translation>个立场待记录</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>个待审查的问题</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Points to review</source>
            <translation>待审查的问题</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>导入将产生的结果</translation>
        </message>
        <message>
            <source>Loading States…</source>
            <translation>正在加载国家…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name and its ISO code</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>Previewing %1…</source>
            <translation>正在预览 %1…</translation>
        </message>
        <message>
            <source>The preview was cancelled: change an option to preview it again.</source>
            <translation>预览已取消：更改某个选项即可重新预览。</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Say which column holds the recommendation's text.</source>
            <translation>请说明哪一列包含建议文本。</translation>
        </message>
        <message>
            <source>Saving the mapping…</source>
            <translation>正在保存映射…</translation>
        </message>
        <message>
            <source>Mapping saved as “%1”.</source>
            <translation>映射已另存为“%1”。</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing of this file was written.</source>
            <translation>导入已取消：此文件的内容均未写入。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>已导入 %n 个文件：新建议 %1 条。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):

%1</source>
            <translation>未导入（以下文件未写入任何内容）：

%1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>导入 %n 个文件</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected error: %1: %2</source>
            <translation>意外错误：%1：%2</translation>
        </message>
    </context>
    <context>
        <name>ImportDialogWidgets</name>
        <message>
            <source>%1.</source>
            <translation>%1。</translation>
        </message>
        <message>
            <source>%1. Each one left unanswered stays as it was, marked as needing review, and is listed under Problems to review.</source>
            <translation>%1。每条未获答复的建议保持原样，标记为需要审查，并列在“待审查的问题”中。</translation>
        </message>
    </context>
    <context>
        <name>ImportEntries</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</source>
            <translation>UPR Tracker 可读取的所有文件 (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>联合国文件 (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>数据集 (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>UPR Tracker 导出文件 (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Detect from the document</source>
            <translation>根据文件检测</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>工作组的报告</translation>
        </message>
        <message>
            <source>Addendum (the State's positions)</source>
            <translation>增编（该国的立场）</translation>
        </message>
        <message>
            <source>OHCHR matrix</source>
            <translation>人权高专办矩阵</translation>
        </message>
        <message>
            <source>UPR Info database export</source>
            <translation>UPR Info 数据库导出文件</translation>
        </message>
        <message>
            <source>UHRI export</source>
            <translation>UHRI 导出文件</translation>
        </message>
        <message>
            <source>Table with mapped columns</source>
            <translation>已映射列的表格</translation>
        </message>
        <message>
            <source>UPR Tracker table export</source>
            <translation>UPR Tracker 表格导出文件</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>建议文本</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>工作组届会</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Label (e.g. 97.12)</source>
            <translation>编号（例如 97.12）</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>Themes (UPR Info issues)</source>
            <translation>议题（UPR Info 问题）</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>人权高专办议题</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>文件文号</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>OHCHR annotation id</source>
            <translation>人权高专办注释编号</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>可以导入</translation>
        </message>
        <message>
            <source>Choose the kind</source>
            <translation>请选择类型</translation>
        </message>
        <message>
            <source>Choose the State</source>
            <translation>请选择国家</translation>
        </message>
        <message>
            <source>Choose the cycle</source>
            <translation>请选择周期</translation>
        </message>
        <message>
            <source>Say which column holds what</source>
            <translation>请说明每一列的内容</translation>
        </message>
        <message>
            <source>Preview cancelled</source>
            <translation>预览已取消</translation>
        </message>
        <message>
            <source>Cannot be imported</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>%1 · encoding guessed</source>
            <translation>%1 · 编码系推测</translation>
        </message>
        <message>
            <source>%1 · %2, cycle %3</source>
            <translation>%1 · %2，第 %3 周期</translation>
        </message>
        <message>
            <source>%1 · %2 rows</source>
            <translation>%1 · %2 行</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>UPR Tracker 导出文件</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Deciding sentence</source>
            <translation>决定性语句</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>不明确</translation>
        </message>
        <message>
            <source>Stated by the list's heading</source>
            <translation>由列表标题说明</translation>
        </message>
        <message>
            <source>%1%</source>
            <comment>a confidence in percent</comment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 · to check</source>
            <translation>%1 · 待核对</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>发现的内容</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>what is wrong (the value found)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>第 %1 列：%2</translation>
        </message>
        <message>
            <source>Row that cannot be imported</source>
            <translation>无法导入的行</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>System's language (%1)</source>
            <translation>系统语言(%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The window will speak %1 from the next start of UPR Tracker.</source>
            <translation>下次启动 UPR Tracker 时，窗口将使用%1。</translation>
        </message>
    </context>
    <context>
        <name>LinkMilestoneDialog</name>
        <message>
            <source>Milestone</source>
            <translation>进展节点</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Already linked</source>
            <translation>已关联</translation>
        </message>
        <message>
            <source>Link to a milestone</source>
            <translation>关联到进展节点</translation>
        </message>
        <message numerus="yes">
            <source>Link %n recommendation(s) to a milestone</source>
            <translation>
                <numerusform>将 %n 项建议关联到进展节点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose one of the milestones of %1, or record a new one. All %n recommendation(s) are linked to it at once.</source>
            <translation>
                <numerusform>请选择 %1 的一个进展节点,或记录一个新的。全部 %n 项建议将一次性关联到该节点。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one of the milestones of %1, or record a new one.</source>
            <translation>请选择 %1 的一个进展节点,或记录一个新的。</translation>
        </message>
        <message>
            <source>Search the milestones: title, description, date, source…</source>
            <translation>搜索进展节点:标题、说明、日期、来源…</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>新建进展节点…</translation>
        </message>
        <message>
            <source>Record a new milestone of %1 and link the recommendations to it</source>
            <translation>为 %1 记录一个新的进展节点并将建议关联到该节点</translation>
        </message>
        <message>
            <source>%1 has no milestones yet.
Record the first with “New milestone…”.</source>
            <translation>%1 尚无进展节点。
请用“新建进展节点…”记录第一个。</translation>
        </message>
        <message>
            <source>all</source>
            <comment>all the recommendations are linked already</comment>
            <translation>全部</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>the recommendation is linked already</comment>
            <translation>是</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>how many of the recommendations are linked already</comment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>the milestone</source>
            <translation>该进展节点</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>正在关联…</translation>
        </message>
    </context>
    <context>
        <name>LinkRecommendationDialog</name>
        <message>
            <source>Link to a recommendation of another cycle</source>
            <translation>关联到另一周期的建议</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt;: %4</source>
            <translation>&lt;b&gt;%1，第 %2 周期，%3&lt;/b&gt;：%4</translation>
        </message>
        <message>
            <source>Search by label or words…</source>
            <translation>按编号或词语搜索…</translation>
        </message>
        <message>
            <source>cycle %1, %2: %3</source>
            <translation>第 %1 周期，%2：%3</translation>
        </message>
    </context>
    <context>
        <name>ListDetailScreen</name>
        <message>
            <source>Show resolved</source>
            <translation>显示已解决</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>%1 is locked</source>
            <translation>%1 已锁定</translation>
        </message>
        <message>
            <source>Type the database's passphrase to go on.</source>
            <translation>请输入数据库的密码短语以继续。</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A team database on a server: restoring it (pg_restore) and its protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now saves a copy of it (pg_dump).</source>
            <translation>服务器上的团队数据库：其恢复（pg_restore）和保护（角色、TLS、服务器磁盘）由其管理员负责。“文件 ▸ 立即备份”可保存其副本（pg_dump）。</translation>
        </message>
        <message>
            <source>UPR Tracker — %1 (team)</source>
            <translation>UPR Tracker — %1（团队）</translation>
        </message>
        <message>
            <source>UPR Tracker — %1</source>
            <translation>UPR Tracker — %1</translation>
        </message>
        <message>
            <source>Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)</source>
            <translation>全文搜索：词语、"短语"、前缀*、-排除   (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>&amp;Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Milestones and &amp;plans</source>
            <translation>进展节点和计划</translation>
        </message>
        <message>
            <source>Problems to re&amp;view</source>
            <translation>待审查的问题</translation>
        </message>
        <message>
            <source>Con&amp;flicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>新建数据库…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>打开数据库…</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>打开团队数据库…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开</translation>
        </message>
        <message>
            <source>&amp;Import documents or datasets…</source>
            <translation>导入文件或数据集…</translation>
        </message>
        <message>
            <source>&amp;Export the recommendations shown…</source>
            <translation>导出所显示的建议…</translation>
        </message>
        <message>
            <source>Briefing &amp;report…</source>
            <translation>简报报告…</translation>
        </message>
        <message>
            <source>&amp;Copy database to…</source>
            <translation>将数据库复制到…</translation>
        </message>
        <message>
            <source>&amp;Send changes to a colleague…</source>
            <translation>将更改发送给同事…</translation>
        </message>
        <message>
            <source>Recei&amp;ve changes…</source>
            <translation>接收更改…</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;key…</source>
            <translation>保存此笔记本电脑的密钥…</translation>
        </message>
        <message>
            <source>Trust a colleague's ke&amp;y…</source>
            <translation>信任同事的密钥…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>&amp;New note on this recommendation</source>
            <translation>就此建议新建说明</translation>
        </message>
        <message>
            <source>Your &amp;name in the audit trail…</source>
            <translation>您在修改记录中的名称…</translation>
        </message>
        <message>
            <source>&amp;Link selected to a milestone…</source>
            <translation>将所选内容关联到进展节点…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>&amp;Next recommendation</source>
            <translation>下一项建议</translation>
        </message>
        <message>
            <source>&amp;Previous recommendation</source>
            <translation>上一项建议</translation>
        </message>
        <message>
            <source>&amp;Clear filters and search</source>
            <translation>清除筛选和搜索</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>保存此搜索…</translation>
        </message>
        <message>
            <source>Show &amp;filters</source>
            <translation>显示筛选</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>&amp;Milestones and plans</source>
            <translation>进展节点和计划</translation>
        </message>
        <message>
            <source>&amp;Problems to review</source>
            <translation>待审查的问题</translation>
        </message>
        <message>
            <source>&amp;Conflicts between databases</source>
            <translation>数据库之间的冲突</translation>
        </message>
        <message>
            <source>&amp;Vocabularies (themes, SDGs, affected persons)…</source>
            <translation>词汇表（议题、可持续发展目标、受影响者）…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>备份…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>&amp;About UPR Tracker</source>
            <translation>关于 UPR Tracker</translation>
        </message>
        <message>
            <source>Save this search</source>
            <translation>保存此搜索</translation>
        </message>
        <message>
            <source>Name of the search:</source>
            <translation>搜索名称：</translation>
        </message>
        <message>
            <source>Saved the search “%1”.</source>
            <translation>已保存搜索“%1”。</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>新建说明</translation>
        </message>
        <message>
            <source>Select the recommendations to link first.</source>
            <translation>请先选择要关联的建议。</translation>
        </message>
        <message>
            <source>Select recommendations of one State: a milestone belongs to one State.</source>
            <translation>请选择同一国家的建议：一个进展节点只属于一个国家。</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1（团队）</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>（暂无）</translation>
        </message>
        <message>
            <source>Open an UPR Tracker database</source>
            <translation>打开 UPR Tracker 数据库</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>UPR Tracker 数据库 (*.sqlite3 *.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>New UPR Tracker database</source>
            <translation>新建 UPR Tracker 数据库</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <source>%1 already exists, and a new database is never written over a file.

Choose another name, or open that file with File ▸ Open database…</source>
            <translation>%1 已存在，新建数据库绝不会覆盖已有文件。

请另选一个名称，或通过 文件 ▸ 打开数据库… 打开该文件。</translation>
        </message>
        <message>
            <source>Con&amp;flicts (%1)</source>
            <translation>冲突 (%1)</translation>
        </message>
        <message>
            <source>Your changes are now recorded as made by %1.</source>
            <translation>您的更改现在记录为由 %1 所做。</translation>
        </message>
        <message>
            <source>Report saved to %1.</source>
            <translation>报告已保存到 %1。</translation>
        </message>
        <message>
            <source>About UPR Tracker</source>
            <translation>关于 UPR Tracker</translation>
        </message>
        <message>
            <source>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN Universal Periodic Review: positions, milestones, notes and assessments of implementation, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;离线跟踪联合国普遍定期审议的建议：立场、进展节点、说明和落实情况评估。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
    </context>
    <context>
        <name>MergeTermsDialog</name>
        <message numerus="yes">
            <source>Merge %n term(s)</source>
            <translation>
                <numerusform>合并 %n 个术语</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep this term; the others are merged into it:</source>
            <translation>保留此术语;其他术语并入其中:</translation>
        </message>
        <message numerus="yes">
            <source>%1 [%2] — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 [%2] — %n 项建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n 项建议</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message numerus="yes">
            <source>The %n recommendation(s) tagged “%1” will be tagged “%2” instead.</source>
            <translation>
                <numerusform>标记为“%1”的 %n 项建议将改为标记“%2”。</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged “%1”.</source>
            <translation>没有建议标记为“%1”。</translation>
        </message>
        <message>
            <source>%1 from “%2”</source>
            <comment>how many recommendations from a term</comment>
            <translation>%1 项来自“%2”</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) will move to “%1” (%2).</source>
            <translation>
                <numerusform>%n 项建议将转至“%1”(%2)。</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged %1.</source>
            <translation>没有建议标记为 %1。</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as a former name of “%2”.</source>
            <translation>%1 将从列表中移除,但仍可作为“%2”的曾用名被找到。</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as former names of “%2”.</source>
            <translation>%1 将从列表中移除,但仍可作为“%2”的曾用名被找到。</translation>
        </message>
        <message>
            <source>%1 %2 A merge cannot be undone.</source>
            <comment>what the merge moves, what leaves the list</comment>
            <translation>%1%2合并无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>MidTermReport</name>
        <message>
            <source>Milestones</source>
            <translation>落实进展节点</translation>
        </message>
        <message>
            <source>Mid-term implementation report: %1</source>
            <translation>中期落实报告：%1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>落实</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level and by the State's position</source>
            <translation>按综合落实程度和国家立场分列的建议</translation>
        </message>
        <message>
            <source>The combined level follows UPR Info's method: each source's latest assessment scores 0 (not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below 0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1).</source>
            <translation>综合落实程度采用 UPR Info 的方法：每个来源的最新评估计 0 分（未落实）、0.5 分（部分落实）或 1 分（全面落实）；平均分低于 0.33 为未落实，低于 0.66 为部分落实，否则为已全面落实。下文每项建议均列出其平均分（%1）。</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Recommendations assessed</source>
            <translation>已评估的建议</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Assessments by source</source>
            <translation>按来源分列的评估</translation>
        </message>
        <message>
            <source>No source has assessed the implementation of these recommendations yet.</source>
            <translation>尚无任何来源评估这些建议的落实情况。</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>UPR Info 计分：未落实 0，部分落实 0.5，全面落实 1；≥ 0.66 为全面落实，≥ 0.33 为部分落实，否则为未落实</translation>
        </message>
        <message>
            <source>%1 to %2; %3</source>
            <translation>从%1到%2；%3</translation>
        </message>
        <message numerus="yes">
            <source>Mean %1 of 1 from %n source(s) (%2).</source>
            <translation>
                <numerusform>平均分 %1（满分 1，来源 %n 个）（%2）。</numerusform>
            </translation>
        </message>
        <message>
            <source>fully</source>
            <translation>全面落实</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>not</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>程度</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Evidence or comment</source>
            <translation>证据或评论</translation>
        </message>
        <message>
            <source>Recommendation %1</source>
            <translation>建议 %1</translation>
        </message>
        <message>
            <source>an unrecorded State</source>
            <translation>未记录的国家</translation>
        </message>
        <message>
            <source>Recommended by %1.</source>
            <translation>提出建议的国家：%1。</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>尚无评估。</translation>
        </message>
        <message>
            <source>Combined level: %1.</source>
            <translation>综合落实程度：%1。</translation>
        </message>
        <message>
            <source>Milestones: %1.</source>
            <translation>落实进展节点：%1。</translation>
        </message>
        <message>
            <source>Position of the State: %1 (%2).</source>
            <translation>国家立场：%1（%2）。</translation>
        </message>
        <message>
            <source>Position of the State: %1.</source>
            <translation>国家立场：%1。</translation>
        </message>
        <message>
            <source>The State's response: “%1”</source>
            <translation>国家的答复：“%1”</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDetail</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: a day with the month's name</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>No milestones yet</source>
            <translation>尚无进展节点</translation>
        </message>
        <message>
            <source>Milestones are the dated events of implementation: a law adopted, a plan of action and its items, a moratorium, a ratification, a visit, a setback. Record one with &lt;b&gt;New milestone…&lt;/b&gt;, with its source, then link it to the recommendations it concerns (in the recommendations table: &lt;i&gt;Link to milestone…&lt;/i&gt;).</source>
            <translation>进展节点是落实过程中有日期的事件:通过的法律、行动计划及其项目、暂停执行、批准、访问、倒退。请用&lt;b&gt;新建进展节点…&lt;/b&gt;记录一个并注明来源,然后将其与相关建议关联(在建议表中:&lt;i&gt;关联到进展节点…&lt;/i&gt;)。</translation>
        </message>
        <message>
            <source>No milestone matches the filters.</source>
            <translation>没有符合筛选条件的进展节点。</translation>
        </message>
        <message>
            <source>Select a milestone in the list or on the timeline to see its description, source and the recommendations it concerns.</source>
            <translation>在列表或时间轴上选择一个进展节点,即可查看其说明、来源及相关建议。</translation>
        </message>
        <message>
            <source>due %1</source>
            <comment>a milestone is due on a day</comment>
            <translation>截止日期:%1</translation>
        </message>
        <message>
            <source>a plan</source>
            <translation>某计划</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <comment>an item number of a plan</comment>
            <translation>%2 的第 %1 项</translation>
        </message>
        <message>
            <source>An item of %1</source>
            <comment>of a plan</comment>
            <translation>%1 的一个项目</translation>
        </message>
        <message>
            <source>Items of the plan (%1)</source>
            <translation>计划的项目(%1)</translation>
        </message>
        <message>
            <source>None yet: add them with &lt;b&gt;New item…&lt;/b&gt;.</source>
            <translation>尚无项目:请用&lt;b&gt;新建项目…&lt;/b&gt;添加。</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Linked recommendations (%1)</source>
            <translation>已关联的建议(%1)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Not linked to any recommendation yet. Select recommendations in the table and choose &lt;i&gt;Link to milestone…&lt;/i&gt;</source>
            <translation>尚未关联任何建议。请在表中选择建议,然后选择&lt;i&gt;关联到进展节点…&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>New milestone</source>
            <translation>新建进展节点</translation>
        </message>
        <message>
            <source>Type a State's name or code</source>
            <translation>输入国家名称或代码</translation>
        </message>
        <message>
            <source>e.g. Refugees Act</source>
            <translation>例如:难民法</translation>
        </message>
        <message>
            <source>2009, 2009-07 or 2009-07-10</source>
            <translation>2009、2009-07 或 2009-07-10</translation>
        </message>
        <message>
            <source>2012, 2012-06 or 2012-06-30</source>
            <translation>2012、2012-06 或 2012-06-30</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (a deadline the dashboard reminds of)</source>
            <translation>YYYY-MM-DD(仪表板会提醒的截止日期)</translation>
        </message>
        <message>
            <source>e.g. 3.2</source>
            <translation>例如:3.2</translation>
        </message>
        <message>
            <source>e.g. 12.3.4</source>
            <translation>例如:12.3.4</translation>
        </message>
        <message>
            <source>Item no.</source>
            <translation>项目编号</translation>
        </message>
        <message>
            <source>What happened, in a sentence or two; quote the source if you can.</source>
            <translation>用一两句话说明发生了什么;如可能,请引用来源。</translation>
        </message>
        <message>
            <source>e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152</source>
            <translation>例如:A/HRC/14/10/Add.1,第 12 段;《政府公报》第 152 号</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>国家(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D):</translation>
        </message>
        <message>
            <source>E&amp;nds (a plan):</source>
            <translation>结束(计划)(&amp;N):</translation>
        </message>
        <message>
            <source>D&amp;ue on:</source>
            <translation>截止日期(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>计划(&amp;P):</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>说明(&amp;E):</translation>
        </message>
        <message>
            <source>Source &amp;citation:</source>
            <translation>来源引文(&amp;C):</translation>
        </message>
        <message>
            <source>Source &amp;address:</source>
            <translation>来源地址(&amp;A):</translation>
        </message>
        <message>
            <source>Attached &amp;file:</source>
            <translation>附件(&amp;F):</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name (its code)</comment>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>编辑进展节点</translation>
        </message>
        <message>
            <source>A plan with items cannot itself be an item of a plan.</source>
            <translation>包含项目的计划本身不能作为计划的项目。</translation>
        </message>
        <message>
            <source>This plan has items, so it stays a plan.</source>
            <translation>此计划包含项目,因此仍为计划。</translation>
        </message>
        <message>
            <source>Not an item of a plan</source>
            <translation>不是计划的项目</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a plan's title (its date)</comment>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>Edit plan item</source>
            <translation>编辑计划项目</translation>
        </message>
        <message>
            <source>New plan item</source>
            <translation>新建计划项目</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>what the dialog does — of which State</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>= %1  (the year only)</source>
            <translation>= %1 (仅年份)</translation>
        </message>
        <message>
            <source>= %1  (the month only)</source>
            <translation>= %1 (仅月份)</translation>
        </message>
        <message>
            <source>= %1</source>
            <translation>= %1</translation>
        </message>
        <message>
            <source>Write the day as YYYY-MM-DD (or leave it empty).</source>
            <translation>请按 YYYY-MM-DD 格式填写日期(或留空)。</translation>
        </message>
        <message>
            <source>Attach a file as evidence</source>
            <translation>附加文件作为证据</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</source>
            <translation>文档 (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图像 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a file's name (its size)</comment>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>Kept inside the database</source>
            <translation>保存在数据库中</translation>
        </message>
        <message>
            <source>No file (a copy is kept inside the database; up to %1 MB)</source>
            <translation>无文件(副本保存在数据库中;最大 %1 MB)</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>替换…</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>请从列表中选择国家。</translation>
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation>进展节点必须有标题。</translation>
        </message>
        <message>
            <source>Write the full address, starting with https:// (or leave it empty).</source>
            <translation>请填写以 https:// 开头的完整地址(或留空)。</translation>
        </message>
        <message>
            <source>Saving the milestone…</source>
            <translation>正在保存进展节点…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>MilestoneKind</name>
        <message>
            <source>Law</source>
            <translation>法律</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>计划事项</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Moratorium</source>
            <translation>暂停执行</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>访问</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>法院判决</translation>
        </message>
        <message>
            <source>Setback</source>
            <translation>倒退</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>MilestoneTableModel</name>
        <message>
            <source>known to the day</source>
            <translation>精确到日</translation>
        </message>
        <message>
            <source>known to the month</source>
            <translation>精确到月</translation>
        </message>
        <message>
            <source>known to the year</source>
            <translation>精确到年</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>进展节点</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>已关联</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>发生时间,尽可能精确</translation>
        </message>
        <message>
            <source>What kind of event it is</source>
            <translation>事件类型</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <source>Where the evidence is</source>
            <translation>证据所在</translation>
        </message>
        <message>
            <source>How many recommendations it concerns</source>
            <translation>涉及的建议数量</translation>
        </message>
        <message>
            <source>No date recorded</source>
            <translation>未记录日期</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a date, how precisely it is known</comment>
            <translation>%1,%2</translation>
        </message>
        <message>
            <source>%1
Attached: %2</source>
            <translation>%1
附件:%2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s): %1</source>
            <translation>
                <numerusform>已关联 %n 项建议:%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>已关联 %n 项建议</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestoneTimeline</name>
        <message>
            <source>No dated milestones to draw.</source>
            <translation>没有可绘制的有日期的进展节点。</translation>
        </message>
        <message>
            <source>No milestones to show. Record one with “New milestone…”.</source>
            <translation>没有可显示的进展节点。请用“新建进展节点…”记录一个。</translation>
        </message>
        <message numerus="yes">
            <source>%n undated, not drawn</source>
            <translation>
                <numerusform>%n 个无日期,未绘制</numerusform>
            </translation>
        </message>
        <message>
            <source>a bar spans a date known only to the month or year</source>
            <translation>条形表示仅知月份或年份的日期</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a date (how precisely it is known)</comment>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a milestone's kind · its date</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>已关联 %n 项建议</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestonesView</name>
        <message>
            <source>The milestones of one State; beside each, how many it has</source>
            <translation>某一国家的进展节点;每个国家旁标明其数量</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Title, description, source or label contains…</source>
            <translation>标题、说明、来源或编号包含…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>国家:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>至:</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Show all the milestones of the State again</source>
            <translation>重新显示该国家的所有进展节点</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>删除进展节点</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>新建进展节点…</translation>
        </message>
        <message>
            <source>New item…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <source>Add an item to the selected plan of action</source>
            <translation>向所选行动计划添加项目</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>打开附件</translation>
        </message>
        <message>
            <source>Any</source>
            <comment>no limit on the year</comment>
            <translation>不限</translation>
        </message>
        <message>
            <source>Years; “Any” leaves that end open</source>
            <translation>年份;“不限”表示该端不设限</translation>
        </message>
        <message>
            <source>Reading the milestones…</source>
            <translation>正在读取进展节点…</translation>
        </message>
        <message numerus="yes">
            <source>All States (%n milestone(s))</source>
            <translation>
                <numerusform>所有国家(%n 个进展节点)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State (how many milestones it has)</comment>
            <translation>%1(%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n 个进展节点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s)</source>
            <translation>
                <numerusform>%1 / %n 个进展节点</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an item to “%1”</source>
            <translation>向“%1”添加项目</translation>
        </message>
        <message>
            <source>Select a plan of action (or one of its items) to add an item to it</source>
            <translation>选择一项行动计划(或其某个项目)以向其添加项目</translation>
        </message>
        <message>
            <source>Delete the milestone “%1”?</source>
            <translation>删除进展节点“%1”?</translation>
        </message>
        <message numerus="yes">
            <source>Delete the plan “%1” and its %n item(s)?</source>
            <translation>
                <numerusform>删除计划“%1”及其 %n 个项目?</numerusform>
            </translation>
        </message>
        <message>
            <source>The 1 linked recommendation stays; only the link goes.</source>
            <translation>已关联的 1 项建议会保留;只删除关联。</translation>
        </message>
        <message numerus="yes">
            <source>The %n linked recommendations stay; only the link goes.</source>
            <translation>
                <numerusform>已关联的 %n 项建议会保留;只删除关联。</numerusform>
            </translation>
        </message>
        <message>
            <source>The attached file kept in the database is deleted too.</source>
            <translation>保存在数据库中的附件也会被删除。</translation>
        </message>
        <message>
            <source>Deleting the milestone…</source>
            <translation>正在删除进展节点…</translation>
        </message>
        <message>
            <source>Opening the attached file…</source>
            <translation>正在打开附件…</translation>
        </message>
        <message>
            <source>No application opened %1. A copy was saved at:
%2</source>
            <translation>没有应用程序打开 %1。副本已保存到:
%2</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>All recommendations (%1)</source>
            <translation>全部建议 (%1)</translation>
        </message>
        <message>
            <source>States</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Plans of action</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>已保存的搜索</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3, %4 pending)</source>
            <translation>第 %1 周期，第 %2 届会（%3，待定 %4）</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3)</source>
            <translation>第 %1 周期，第 %2 届会（%3）</translation>
        </message>
        <message>
            <source>Cycle %1 (%2, %3 pending)</source>
            <translation>第 %1 周期（%2，待定 %3）</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>第 %1 周期（%2）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>NoteHeading</name>
        <message>
            <source>event %1, written %2</source>
            <translation>事件 %1，撰写于 %2</translation>
        </message>
        <message>
            <source>[confidential, kept on this laptop]</source>
            <translation>[机密，保存在此笔记本电脑上]</translation>
        </message>
        <message>
            <source>[confidential]</source>
            <translation>[机密]</translation>
        </message>
        <message>
            <source>%1, %2%3%4</source>
            <translation>%1，%2%3%4</translation>
        </message>
    </context>
    <context>
        <name>OpenedAttachments</name>
        <message>
            <source>The opened copy is outside the encrypted database's protection while it is open; it is removed when the window locks or closes.</source>
            <translation>打开的副本在打开期间不受加密数据库的保护；窗口锁定或关闭时会将其删除。</translation>
        </message>
        <message>
            <source>no folder to open the attachment in: the temporary folder cannot be written</source>
            <translation>没有可打开附件的文件夹：临时文件夹不可写</translation>
        </message>
    </context>
    <context>
        <name>OthersChanges</name>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <source>Changed by %1 meanwhile: what you are typing is kept, and saving it will show both versions. &lt;a href='%2'&gt;Reload&lt;/a&gt; to discard yours.</source>
            <translation>%1 在此期间做了更改：您正在输入的内容会保留，保存时将显示两个版本。&lt;a href='%2'&gt;重新加载&lt;/a&gt;以放弃您的版本。</translation>
        </message>
        <message>
            <source>Changes by %1 are shown.</source>
            <translation>已显示 %1 的更改。</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>That passphrase does not open it. Try again.</source>
            <translation>该密码短语无法打开它。请重试。</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>新密码短语：</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>密码短语：</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>再次输入：</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</source>
            <translation>
                <numerusform>至少 %n 个字符；几个互不相关的词即可构成强密码短语。没有它将无法恢复数据：请妥善保管。</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>请输入密码短语。</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters.</source>
            <translation>
                <numerusform>太短：请至少使用 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>两次输入的密码短语不一致。</translation>
        </message>
        <message>
            <source>Encrypted database</source>
            <translation>加密的数据库</translation>
        </message>
        <message>
            <source>%1 is encrypted. Type its passphrase to open it.
%2</source>
            <translation>%1 已加密。请输入其密码短语以打开。
%2</translation>
        </message>
        <message>
            <source>Encrypt the report?</source>
            <translation>是否加密报告？</translation>
        </message>
        <message>
            <source>This database is encrypted; the report will not be unless you encrypt it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>此数据库已加密；除非您也加密报告，否则报告不会加密。是否将报告放入加密的 ZIP 压缩包（AES-256，可用 7-Zip 和 WinZip 凭其自己的密码短语打开）？</translation>
        </message>
        <message>
            <source>Passphrase of the report</source>
            <translation>报告的密码短语</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the report. Better not the database's own.</source>
            <translation>要提供给打开报告之人的密码短语。最好不要使用数据库本身的密码短语。</translation>
        </message>
        <message>
            <source>Encrypt the export?</source>
            <translation>是否加密导出文件？</translation>
        </message>
        <message>
            <source>This database is encrypted; the export will not be unless you encrypt it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>此数据库已加密；除非您也加密导出文件，否则导出文件不会加密。是否将导出文件放入加密的 ZIP 压缩包（AES-256，可用 7-Zip 和 WinZip 凭其自己的密码短语打开）？</translation>
        </message>
        <message>
            <source>Passphrase of the export</source>
            <translation>导出文件的密码短语</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the export. Better not the database's own.</source>
            <translation>要提供给打开导出文件之人的密码短语。最好不要使用数据库本身的密码短语。</translation>
        </message>
    </context>
    <context>
        <name>Position</name>
        <message>
            <source>Supported</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>注意到</translation>
        </message>
        <message>
            <source>Partially supported</source>
            <translation>部分支持</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待定</translation>
        </message>
    </context>
    <context>
        <name>PositionWording</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1（视为已落实）</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialogs</name>
        <message>
            <source>Supported, considered already implemented</source>
            <translation>支持，视为已落实</translation>
        </message>
        <message>
            <source>Pending (will be examined)</source>
            <translation>待定（将予审议）</translation>
        </message>
        <message>
            <source>states no single position</source>
            <translation>未表明单一立场</translation>
        </message>
        <message>
            <source>As its words say: %1</source>
            <translation>按其措辞：%1</translation>
        </message>
    </context>
    <context>
        <name>ProblemListModel</name>
        <message>
            <source>%1 · %2</source>
            <comment>a problem's title · its recommendations</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Line %1 · %2</source>
            <translation>第 %1 行 · %2</translation>
        </message>
        <message>
            <source>Resolved · %1</source>
            <translation>已解决 · %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsView</name>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Problems to review</source>
            <translation>待审查的问题</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>所有审议</translation>
        </message>
        <message>
            <source>in</source>
            <comment>problems to review in a review</comment>
            <translation>范围</translation>
        </message>
        <message>
            <source>No problems to review.

What an import could not read with certainty is listed here, beside the document's text.</source>
            <translation>没有待审查的问题。

导入时未能确定读取的内容会列在此处，并附有文件文本。</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>Accept as read</source>
            <translation>按读取结果接受</translation>
        </message>
        <message>
            <source>The import read it right: resolve the problem.</source>
            <translation>导入读取正确：解决该问题。</translation>
        </message>
        <message>
            <source>Correct position…</source>
            <translation>更正立场…</translation>
        </message>
        <message>
            <source>Assign to recommendations…</source>
            <translation>分配给建议…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>拆分…</translation>
        </message>
        <message>
            <source>Mark resolved with a note…</source>
            <translation>附说明标记为已解决…</translation>
        </message>
        <message>
            <source>Choose a problem to see it beside the document's text.</source>
            <translation>选择一个问题，即可在文件文本旁查看。</translation>
        </message>
        <message>
            <source>Reading the problems to review…</source>
            <translation>正在读取待审查的问题…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 个未解决，%2 个已解决</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 个未解决</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>本次审议</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>Recommendations: %1</source>
            <translation>建议：%1</translation>
        </message>
        <message>
            <source>Recommendations: none named (the text lost its numbers)</source>
            <translation>建议：未列出（文本丢失了编号）</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>已解决：%1</translation>
        </message>
        <message>
            <source>Recorded: nothing yet; the text awaits its recommendations.</source>
            <translation>已记录：尚无；该文本正等待对应的建议。</translation>
        </message>
        <message>
            <source>Recorded from this document: no position.</source>
            <translation>根据本文件记录：无立场。</translation>
        </message>
        <message>
            <source>no position (unclear)</source>
            <translation>无立场（不明确）</translation>
        </message>
        <message>
            <source>%1: %2 — “%3”</source>
            <translation>%1：%2 ——“%3”</translation>
        </message>
        <message>
            <source>Recorded from this document:
%1</source>
            <translation>根据本文件记录：
%1</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem: the document answers the other recommendations but not these.</source>
            <translation>文件中没有与此问题相关的行：文件答复了其他建议，但未答复这些建议。</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem.</source>
            <translation>文件中没有与此问题相关的行。</translation>
        </message>
        <message>
            <source>The text of this document was not kept (it was read from its tables).</source>
            <translation>本文件的文本未保留（系从其表格中读取）。</translation>
        </message>
        <message>
            <source>Source text, lines %1–%2 of %3</source>
            <translation>原文，%3 第 %1–%2 行</translation>
        </message>
        <message>
            <source>Accepted as read.</source>
            <translation>已按读取结果接受。</translation>
        </message>
        <message>
            <source>Position corrected.</source>
            <translation>立场已更正。</translation>
        </message>
        <message>
            <source>Reading the review's labels…</source>
            <translation>正在读取本次审议的编号…</translation>
        </message>
        <message>
            <source>Text assigned.</source>
            <translation>文本已分配。</translation>
        </message>
        <message>
            <source>Text split in two answers.</source>
            <translation>文本已拆分为两个答复。</translation>
        </message>
        <message>
            <source>Marked resolved.</source>
            <translation>已标记为已解决。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveChangesDialog</name>
        <message>
            <source>Receive changes</source>
            <translation>接收更改</translation>
        </message>
        <message>
            <source>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
            <translation>将同事的变更包应用到此数据库。损坏、伪造或来自团队以外的变更包不会应用任何内容；分歧会作为冲突保留，由您决定。</translation>
        </message>
        <message>
            <source>Bundle file:</source>
            <translation>变更包文件：</translation>
        </message>
        <message>
            <source>empty for a bundle written for this laptop's key</source>
            <translation>如果变更包是为此笔记本电脑的密钥写入的，请留空</translation>
        </message>
        <message>
            <source>Team's passphrase:</source>
            <translation>团队密码短语：</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>A bundle of changes</source>
            <translation>变更包</translation>
        </message>
        <message>
            <source>Choose the bundle file to apply.</source>
            <translation>请选择要应用的变更包文件。</translation>
        </message>
    </context>
    <context>
        <name>RecommendationEditor</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1（视为已落实）</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>新建议</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>编辑建议 %1</translation>
        </message>
        <message>
            <source>e.g. 97.12</source>
            <translation>例如 97.12</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>建议，按报告的措辞</translation>
        </message>
        <message>
            <source>Filter States…</source>
            <translation>筛选国家…</translation>
        </message>
        <message>
            <source>Filter themes…</source>
            <translation>筛选议题…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>未分类</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>an action category's number — its name</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>尚无</translation>
        </message>
        <message>
            <source>para. %1</source>
            <translation>第 %1 段</translation>
        </message>
        <message>
            <source>Unchanged (%1, %2)</source>
            <translation>不变（%1，%2）</translation>
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation>不变（%1）</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>尚无立场</translation>
        </message>
        <message>
            <source>the document that states it, e.g. A/HRC/59/5/Add.1</source>
            <translation>说明该立场的文件，例如 A/HRC/59/5/Add.1</translation>
        </message>
        <message>
            <source>para.</source>
            <comment>short for paragraph</comment>
            <translation>段</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审议</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>from</source>
            <comment>a position from a document</comment>
            <translation>依据</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by&lt;/b&gt;</source>
            <translation>&lt;b&gt;提出建议的国家&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Themes&lt;/b&gt;</source>
            <translation>&lt;b&gt;议题&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Position: choose the position that document states, or clear the document.</source>
            <translation>立场：请选择该文件说明的立场，或清除该文件。</translation>
        </message>
        <message>
            <source>Review: add the review first (Edit ▸ New review…).</source>
            <translation>审议：请先添加审议（编辑 ▸ 新建审议…）。</translation>
        </message>
        <message>
            <source>label</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>recommending states</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a field: the value typed</comment>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanel</name>
        <message>
            <source>%1 created</source>
            <translation>%1：已创建</translation>
        </message>
        <message>
            <source>%1 changed</source>
            <translation>%1：已更改</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1：已删除</translation>
        </message>
        <message>
            <source>%1 merged</source>
            <translation>%1：已合并</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>（无编号）</translation>
        </message>
        <message>
            <source>Text not imported yet</source>
            <translation>文本尚未导入</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;提出建议的国家：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;来源：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Position:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;立场：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Implementation:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;落实：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <source>%1, cycle %2: recommendation %3</source>
            <translation>%1，第 %2 周期：建议 %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Needs review&lt;/b&gt; (see the position history and the import problems).</source>
            <translation>&lt;b&gt;需要审查&lt;/b&gt;（见立场历史和导入问题）。</translation>
        </message>
        <message>
            <source>Position history</source>
            <translation>立场历史</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>(needs review: %1)</source>
            <translation>（需要审查：%1）</translation>
        </message>
        <message>
            <source>Themes and other terms</source>
            <translation>议题和其他术语</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;%1：&lt;/b&gt;%2</translation>
        </message>
        <message>
            <source>Edit &amp;themes…</source>
            <translation>编辑议题…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>未分类</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;UPR Info issues:&lt;/b&gt;</source>
            <translation>&lt;b&gt;UPR Info 议题：&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action category:&lt;/b&gt;</source>
            <translation>&lt;b&gt;行动类别：&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit recommendation…</source>
            <translation>编辑建议…</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>落实</translation>
        </message>
        <message>
            <source>&amp;Link to a milestone…</source>
            <translation>关联到进展节点…</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>进展节点</translation>
        </message>
        <message>
            <source>Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)</source>
            <translation>撰写后续行动说明：会议、监测、证词……（按 Ctrl+Enter 保存）</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>机密</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>标签，以逗号分隔</translation>
        </message>
        <message>
            <source>Shared with: users or roles (viewer, editor, admin), separated by commas</source>
            <translation>共享对象：用户或角色（viewer、editor、admin），以逗号分隔</translation>
        </message>
        <message>
            <source>Kept on this laptop</source>
            <translation>保存在此笔记本电脑上</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>保存说明</translation>
        </message>
        <message>
            <source>&amp;Edit selected</source>
            <translation>编辑所选</translation>
        </message>
        <message>
            <source>&amp;Delete selected</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>之前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>之后</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3）</translation>
        </message>
        <message>
            <source>&amp;Notes (%1)</source>
            <translation>说明 (%1)</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>该建议</translation>
        </message>
        <message>
            <source>A team server's database is not a laptop's: its notes are the team's</source>
            <translation>团队服务器的数据库不是笔记本电脑的数据库：其说明属于团队</translation>
        </message>
        <message>
            <source>Never sent to the team server nor to a colleague: the note stays in this database</source>
            <translation>绝不发送到团队服务器或同事：说明保留在此数据库中</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存更改</translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message>
            <source>State</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>提出国</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>落实</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最近活动</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>出现位置</translation>
        </message>
        <message>
            <source>its text</source>
            <translation>其文本</translation>
        </message>
        <message>
            <source>a response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>a milestone</source>
            <translation>进展节点</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>见于%1</translation>
        </message>
        <message>
            <source>In conflict: changed differently on two databases — see Tools ▸ Conflicts (Ctrl+4)</source>
            <translation>冲突：在两个数据库中的更改不同——见“工具 ▸ 冲突”(Ctrl+4)</translation>
        </message>
    </context>
    <context>
        <name>RegionalGroup</name>
        <message>
            <source>Africa</source>
            <translation>非洲</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>亚洲-太平洋</translation>
        </message>
        <message>
            <source>EEG</source>
            <translation>东欧</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>拉丁美洲和加勒比</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>西欧和其他国家</translation>
        </message>
    </context>
    <context>
        <name>RelatedRecommendationsView</name>
        <message>
            <source>Cycle</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>落实</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended again&lt;/b&gt;: the same recommendation in other cycles (double-click one to open it)</source>
            <translation>&lt;b&gt;再次提出&lt;/b&gt;：其他周期中的同一建议（双击可打开）</translation>
        </message>
        <message>
            <source>Link to a recommendation of another cycle…</source>
            <translation>关联到另一周期的建议…</translation>
        </message>
        <message>
            <source>Remove the link</source>
            <translation>删除关联</translation>
        </message>
        <message>
            <source>Suggest links for this State</source>
            <translation>为该国提议关联</translation>
        </message>
        <message>
            <source>Texts of consecutive cycles alike enough (score %1 of 100 or more) are suggested; a person accepts or rejects each.</source>
            <translation>提议相邻周期中足够相似的文本（得分不低于 %1/100）；每项由人工接受或拒绝。</translation>
        </message>
        <message>
            <source>this one</source>
            <translation>本建议</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>confirmed (through another)</source>
            <translation>已确认（经由另一项）</translation>
        </message>
        <message>
            <source>suggested, score %1</source>
            <translation>提议，得分 %1</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>提议</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>%1: confirm that this is the same recommendation made again</source>
            <translation>%1：确认这是再次提出的同一建议</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>not the same recommendation: it will not be suggested again</source>
            <translation>不是同一建议：将不再提议</translation>
        </message>
        <message>
            <source>Saving the link…</source>
            <translation>正在保存关联…</translation>
        </message>
        <message>
            <source>Suggestion accepted: recommended again (confirmed).</source>
            <translation>已接受提议：再次提出（已确认）。</translation>
        </message>
        <message>
            <source>Suggestion rejected: this pair will not be suggested again.</source>
            <translation>已拒绝提议：此对将不再提议。</translation>
        </message>
        <message>
            <source>Link removed.</source>
            <translation>已删除关联。</translation>
        </message>
        <message>
            <source>Linked: recommended again (confirmed).</source>
            <translation>已关联：再次提出（已确认）。</translation>
        </message>
        <message numerus="yes">
            <source>%n new suggestion(s) for %1 (%2 pairs already linked or decided).</source>
            <translation>
                <numerusform>为 %1 新增 %n 条关联提议（%2 对已关联或已决定）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggesting recommendations made again (%1)…</source>
            <translation>正在提议再次提出的建议（%1）…</translation>
        </message>
    </context>
    <context>
        <name>RenameTermDialog</name>
        <message>
            <source>Rename “%1”</source>
            <translation>重命名“%1”</translation>
        </message>
        <message numerus="yes">
            <source>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendation(s) tagged with it keep it under the new name.</source>
            <translation>
                <numerusform>旧名称“%1”仍可被找到:它会成为该术语的曾用名,因此使用它的导入和搜索仍能找到该术语。标记了该术语的 %n 项建议将在新名称下保留该标记。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>新名称(&amp;N):</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
    </context>
    <context>
        <name>ReportDates</name>
        <message>
            <source>until %1</source>
            <translation>至%1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Country brief (one review)</source>
            <translation>国别简报（一次审议）</translation>
        </message>
        <message>
            <source>Thematic brief (a theme or a search, across States and cycles)</source>
            <translation>专题简报（一个议题或一次搜索，跨国家和周期）</translation>
        </message>
        <message>
            <source>Mid-term implementation report (one review)</source>
            <translation>中期落实报告（一次审议）</translation>
        </message>
        <message>
            <source>Milestones timeline (a review or a plan of action)</source>
            <translation>落实进展节点时间线（一次审议或一项行动计划）</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>Briefing report</source>
            <translation>简报</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>报告(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>国家(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>周期(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>议题(&amp;T)：</translation>
        </message>
        <message>
            <source>or words to search for, instead of a theme</source>
            <translation>或输入要搜索的词语，代替议题</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>搜索(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Plan of action:</source>
            <translation>行动计划(&amp;P)：</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>部分：</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Include confidential notes (the cover will say so)</source>
            <translation>包括机密说明（封面将予以注明）</translation>
        </message>
        <message>
            <source>Use suggested themes where none is confirmed (marked †)</source>
            <translation>在没有已确认主题时使用建议的主题（标有 †）</translation>
        </message>
        <message>
            <source>your organisation, named on the cover</source>
            <translation>贵组织，将在封面上注明</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>组织(&amp;O)：</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>预览(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>保存(&amp;S)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Choose what the report covers, then Preview to see its pages.</source>
            <translation>选择报告涵盖的内容，然后点击“预览”查看页面。</translation>
        </message>
        <message>
            <source>Any State</source>
            <translation>所有国家</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Any cycle</source>
            <translation>所有周期</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>第%1周期</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s).</source>
            <translation>
                <numerusform>%n 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>保存报告</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <source>Saved to %1. It includes confidential notes.</source>
            <translation>已保存至 %1。其中包含机密说明。</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>已保存至 %1。</translation>
        </message>
    </context>
    <context>
        <name>ReportFrame</name>
        <message>
            <source>The database holds no recommendation of %1's review in cycle %2 yet: import the Working Group report to fill this report.</source>
            <translation>数据库中尚无%1第%2周期审议的任何建议：请导入工作组的报告以填充本报告。</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>第%1周期（%2）</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>第%1周期</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1 (%2)</source>
            <translation>普遍定期审议，第%1周期（%2）</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1</source>
            <translation>普遍定期审议，第%1周期</translation>
        </message>
        <message>
            <source>%1, Working Group session %2</source>
            <translation>%1，工作组第%2届会</translation>
        </message>
        <message>
            <source>%1, reviewed on %2</source>
            <translation>%1，审议日期：%2</translation>
        </message>
        <message>
            <source>%1 · UPR cycle %2 · %3</source>
            <translation>%1 · 普遍定期审议第%2周期 · %3</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>贵组织</translation>
        </message>
        <message numerus="yes">
            <source>Contains %n confidential note(s): do not share outside %1.</source>
            <translation>
                <numerusform>含 %n 条机密说明：不得在%1以外分享。</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>机密</translation>
        </message>
    </context>
    <context>
        <name>ReportProgress</name>
        <message>
            <source>Finding the review</source>
            <translation>正在查找审议</translation>
        </message>
        <message>
            <source>Reading the recommendations</source>
            <translation>正在读取建议</translation>
        </message>
        <message>
            <source>Composing the brief</source>
            <translation>正在编写简报</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>报告已写入</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>正在写入报告</translation>
        </message>
        <message>
            <source>Reading the recommendations and their assessments</source>
            <translation>正在读取建议及其评估</translation>
        </message>
        <message>
            <source>Composing the report</source>
            <translation>正在编写报告</translation>
        </message>
        <message>
            <source>Writing page %1 of %2</source>
            <translation>正在写入第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Report composed</source>
            <translation>报告已编写</translation>
        </message>
        <message>
            <source>Laying out the report</source>
            <translation>正在排版报告</translation>
        </message>
        <message>
            <source>Finding the theme</source>
            <translation>正在查找议题</translation>
        </message>
        <message>
            <source>Finding the review or the plan</source>
            <translation>正在查找审议或计划</translation>
        </message>
        <message>
            <source>Reading the plan and its items</source>
            <translation>正在读取计划及其各项内容</translation>
        </message>
        <message>
            <source>Reading the milestones</source>
            <translation>正在读取进展节点</translation>
        </message>
        <message>
            <source>Composing the timeline</source>
            <translation>正在编写时间线</translation>
        </message>
    </context>
    <context>
        <name>ReportSection</name>
        <message>
            <source>Summary: counts by position, implementation and theme</source>
            <translation>概要：按立场、落实情况和议题统计</translation>
        </message>
        <message>
            <source>Charts of positions and implementation</source>
            <translation>立场和落实情况图表</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>按议题分列的建议</translation>
        </message>
        <message>
            <source>Summary: counts by cycle and by State</source>
            <translation>概要：按周期和国家统计</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>各周期之间再次提出的建议</translation>
        </message>
        <message>
            <source>Recommendations by cycle</source>
            <translation>按周期分列的建议</translation>
        </message>
        <message>
            <source>Summary: implementation by position and by source</source>
            <translation>概要：按立场和来源分列的落实情况</translation>
        </message>
        <message>
            <source>Recommendations with their assessments</source>
            <translation>建议及其评估</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>落实进展节点</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
    </context>
    <context>
        <name>ReportTemplate</name>
        <message>
            <source>Country brief</source>
            <translation>国别简报</translation>
        </message>
        <message>
            <source>Thematic brief</source>
            <translation>专题简报</translation>
        </message>
        <message>
            <source>Mid-term implementation report</source>
            <translation>中期落实报告</translation>
        </message>
        <message>
            <source>Milestones timeline</source>
            <translation>落实进展节点时间线</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>No position yet</source>
            <translation>尚无立场</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>无议题</translation>
        </message>
        <message>
            <source>Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them.</source>
            <translation>标有 %1 的主题是 UPR Tracker 在无人确认主题时提出的建议。</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info 议题</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>人权高专办议题</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1（视为已落实）</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>（无编号）</translation>
        </message>
        <message>
            <source>National report</source>
            <translation>国家报告</translation>
        </message>
        <message>
            <source>UN compilation</source>
            <translation>联合国汇编</translation>
        </message>
        <message>
            <source>Summary of stakeholders' submissions</source>
            <translation>利益攸关方提交材料的概述</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>工作组的报告</translation>
        </message>
        <message>
            <source>The State's reply (addendum)</source>
            <translation>被审议国的答复（增编）</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>no symbol</source>
            <translation>无文号</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1：%2，%3</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Position and implementation</source>
            <translation>立场与落实</translation>
        </message>
        <message>
            <source>Latest milestone and note</source>
            <translation>最新进展节点和说明</translation>
        </message>
        <message>
            <source>Recommended by %1</source>
            <translation>提出建议的国家：%1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>进展节点：%1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>说明：%1</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>落实</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>Event %1, written %2</source>
            <translation>事件日期 %1，撰写于 %2</translation>
        </message>
        <message>
            <source>Confidential — %1, %2: %3</source>
            <translation>机密 — %1，%2：%3</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1，%2：%3</translation>
        </message>
    </context>
    <context>
        <name>ResolveNoteDialog</name>
        <message>
            <source>Mark resolved</source>
            <translation>标记为已解决</translation>
        </message>
        <message>
            <source>How it was resolved: checked against the printed document, left as it is because…</source>
            <translation>解决方式：已与印刷文件核对、保持原样的原因是…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a problem's title: its message</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Write how the problem was resolved.</source>
            <translation>请写明问题是如何解决的。</translation>
        </message>
    </context>
    <context>
        <name>ReviewBars</name>
        <message>
            <source>No position</source>
            <translation>无立场</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n 项建议</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a position or level, then how many recommendations have it</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1
Positions: %2
Implementation: %3
Click to show them.</source>
            <translation>%1
立场:%2
落实:%3
单击即可显示。</translation>
        </message>
    </context>
    <context>
        <name>ReviewDate</name>
        <message>
            <source>adoption at the Council</source>
            <translation>理事会通过</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>中期报告</translation>
        </message>
        <message>
            <source>next review</source>
            <translation>下一次审议</translation>
        </message>
    </context>
    <context>
        <name>ReviewDatesDialog</name>
        <message>
            <source>&amp;Adoption at the Council:</source>
            <translation>理事会通过(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Mid-term report:</source>
            <translation>中期报告(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>下次审议(&amp;N)：</translation>
        </message>
        <message>
            <source>estimated from the calendar of sessions</source>
            <translation>根据届会日程估算</translation>
        </message>
        <message>
            <source>Dates of the review — %1</source>
            <translation>审议日期 — %1</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <comment>how a date is typed: year, month, day</comment>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>注：%1</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>the format of a date in a sentence</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2, held %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;，工作组第 %2 届会，于 %3 举行</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;，工作组第 %2 届会</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, held %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;，于 %2 举行</translation>
        </message>
        <message>
            <source>Saving the dates…</source>
            <translation>正在保存日期…</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>New review</source>
            <translation>新建审议</translation>
        </message>
        <message>
            <source>Known:</source>
            <translation>已知：</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>工作组届会</translation>
        </message>
        <message>
            <source>Day of the review</source>
            <translation>审议日期</translation>
        </message>
        <message>
            <source>State: “%1” is not in the list; choose one.</source>
            <translation>国家：“%1”不在列表中；请选择一个。</translation>
        </message>
        <message>
            <source>State: choose the State under review.</source>
            <translation>国家：请选择受审议国。</translation>
        </message>
    </context>
    <context>
        <name>SendChangesDialog</name>
        <message>
            <source>Send changes to a colleague</source>
            <translation>将更改发送给同事</translation>
        </message>
        <message>
            <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
            <translation>将此数据库的更改写入由此笔记本电脑签名的加密文件，以便带给同事（用 U 盘）。保存在此笔记本电脑上的机密说明仍留在这里。</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>写入到：</translation>
        </message>
        <message>
            <source>Everything (for anyone of the team)</source>
            <translation>全部（供团队任何成员使用）</translation>
        </message>
        <message>
            <source>What %1 may lack</source>
            <translation>%1 可能缺少的内容</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>更改：</translation>
        </message>
        <message>
            <source>The team's bundle passphrase</source>
            <translation>团队的变更包密码短语</translation>
        </message>
        <message>
            <source>Colleagues' keys</source>
            <translation>同事的密钥</translation>
        </message>
        <message>
            <source>Encrypt with:</source>
            <translation>加密方式：</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>密码短语：</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>再次输入：</translation>
        </message>
        <message>
            <source>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</source>
            <translation>同事的密钥文件（upr-tracker bundle key）；如果没有，则使用此处已知的所选同事的密钥</translation>
        </message>
        <message>
            <source>Add a key file…</source>
            <translation>添加密钥文件…</translation>
        </message>
        <message>
            <source>Key files:</source>
            <translation>密钥文件：</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>写入</translation>
        </message>
        <message>
            <source>Write the changes to</source>
            <translation>将更改写入</translation>
        </message>
        <message>
            <source>Colleagues' key files</source>
            <translation>同事的密钥文件</translation>
        </message>
        <message>
            <source>Choose the file to write the changes to.</source>
            <translation>请选择要写入更改的文件。</translation>
        </message>
        <message>
            <source>Type the team's bundle passphrase (twice).</source>
            <translation>请输入团队的变更包密码短语（两次）。</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>两次输入的密码短语不一致。</translation>
        </message>
        <message>
            <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
            <translation>请添加更改所面向的每位同事的密钥文件（他们使用 upr-tracker bundle key 生成），或选择一位此处已知其密钥的同事。</translation>
        </message>
    </context>
    <context>
        <name>SplitTextDialog</name>
        <message>
            <source>Split the text</source>
            <translation>拆分文本</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>拆分</translation>
        </message>
        <message>
            <source>One text answers two groups of recommendations. Click the line where the second answer begins, then say which recommendations each part answers.</source>
            <translation>一段文本答复了两组建议。请点击第二个答复开始的那一行，然后说明每一部分答复哪些建议。</translation>
        </message>
        <message>
            <source>First part answers</source>
            <translation>第一部分答复</translation>
        </message>
        <message>
            <source>Second part answers</source>
            <translation>第二部分答复</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>立场：</translation>
        </message>
        <message>
            <source>Choose a line after the first one: the second part begins there.</source>
            <translation>请选择第一行之后的某一行：第二部分从那里开始。</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3: “%4”</source>
            <translation>第 %1–%2 行，其措辞：%3：“%4”</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3</source>
            <translation>第 %1–%2 行，其措辞：%3</translation>
        </message>
        <message>
            <source>Tick the recommendations each part answers.</source>
            <translation>请勾选每一部分所答复的建议。</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChip</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Suggested %1, confidence %2: not a value yet until a person accepts it</source>
            <translation>提议的%1，置信度 %2：在有人接受之前尚不是值</translation>
        </message>
        <message>
            <source>Accept: %1 becomes the recommendation's %2</source>
            <translation>接受：%1 成为该建议的“%2”</translation>
        </message>
        <message>
            <source>Accept the suggestion %1</source>
            <translation>接受提议 %1</translation>
        </message>
        <message>
            <source>Reject: %1 will not be suggested again for this recommendation</source>
            <translation>拒绝：将不再为该建议提议 %1</translation>
        </message>
        <message>
            <source>Reject the suggestion %1</source>
            <translation>拒绝提议 %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChips</name>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt;</source>
            <translation>&lt;b&gt;提议：&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Suggested by the app from the text, for a person to accept (✓) or reject (✗); a value set by a person or a document is never replaced</source>
            <translation>由应用根据文本提议，由人工接受（✓）或拒绝（✗）；由人或文件设定的值绝不会被替换</translation>
        </message>
        <message>
            <source>Accepting the suggestion…</source>
            <translation>正在接受提议…</translation>
        </message>
        <message>
            <source>Rejecting the suggestion…</source>
            <translation>正在拒绝提议…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionTableModel</name>
        <message>
            <source>Label</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Suggested value</source>
            <translation>提议的值</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>UPR Info issue</source>
            <translation>UPR Info 议题</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>SDG %1</source>
            <translation>可持续发展目标 %1</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsView</name>
        <message>
            <source>%</source>
            <comment>a percent after a number</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Confidence above, in percent</source>
            <translation>置信度高于（百分比）</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Action categories</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info 议题</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>审议(&amp;R)：</translation>
        </message>
        <message>
            <source>Confidence &amp;above:</source>
            <translation>置信度高于(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>提议</translation>
        </message>
        <message>
            <source>✓ &amp;Accept selected</source>
            <translation>✓ 接受所选(&amp;A)</translation>
        </message>
        <message>
            <source>The selected suggestions become values of their recommendations, accepted by you</source>
            <translation>所选提议成为其建议的值，由您接受</translation>
        </message>
        <message>
            <source>✗ R&amp;eject selected</source>
            <translation>✗ 拒绝所选(&amp;E)</translation>
        </message>
        <message>
            <source>The selected suggestions are not suggested again</source>
            <translation>所选提议将不再提议</translation>
        </message>
        <message>
            <source>Accept a&amp;ll shown…</source>
            <translation>接受全部显示项(&amp;L)…</translation>
        </message>
        <message>
            <source>Every suggestion the filters show, not only the rows on screen (you are told how many first)</source>
            <translation>筛选条件显示的所有提议，而不只是屏幕上的行（会先告诉您数量）</translation>
        </message>
        <message>
            <source>&amp;Suggest categories and themes…</source>
            <translation>提议类别和议题(&amp;S)…</translation>
        </message>
        <message numerus="yes">
            <source>%1, cycle %2 (%n pending)</source>
            <translation>
                <numerusform>%1，第 %2 周期（%n 项待定）</numerusform>
            </translation>
        </message>
        <message>
            <source>No review has suggestions</source>
            <translation>没有审议有提议</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) shown</source>
            <translation>
                <numerusform>显示 %n 项提议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>已接受 %n 项提议。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) rejected: they will not be suggested again.</source>
            <translation>
                <numerusform>已拒绝 %n 项提议：将不再提议。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be: %1</source>
            <translation>
                <numerusform>%n 项未能处理：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the decisions…</source>
            <translation>正在保存决定…</translation>
        </message>
        <message>
            <source>Accept all shown</source>
            <translation>接受全部显示项</translation>
        </message>
        <message numerus="yes">
            <source>Accept the %n suggestion(s) shown? Each becomes a value of its recommendation, accepted by you (the audit trail says so).</source>
            <translation>
                <numerusform>接受显示的 %n 项提议？每项都将成为其建议的值，由您接受（修改记录会注明）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepting the suggestions…</source>
            <translation>正在接受提议…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</source>
            <translation>
                <numerusform>已为查看的 %1 条建议保存 %n 项提议（由人或文件设定的 %2 个值保持不变）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>The open database is the team server's own: it is what laptops sync with, so there is nothing to sync here.</source>
            <translation>打开的数据库就是团队服务器本身的数据库：笔记本电脑与它同步，因此这里无需同步。</translation>
        </message>
        <message numerus="yes">
            <source>Synced %1: %2 out, %3 in, %n conflict(s)</source>
            <translation>
                <numerusform>已于 %1 同步：发出 %2，收到 %3，%n 个冲突</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <source>the server asks for a password (File ▸ Sync now)</source>
            <translation>服务器要求输入密码（“文件 ▸ 立即同步”）</translation>
        </message>
        <message>
            <source>the server refused the password (File ▸ Sync now)</source>
            <translation>服务器拒绝了密码（“文件 ▸ 立即同步”）</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>无法连接服务器</translation>
        </message>
        <message>
            <source>an unexpected error (%1; see the log)</source>
            <translation>意外错误（%1；请查看日志）</translation>
        </message>
    </context>
    <context>
        <name>TableCounts</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n 项建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)…</source>
            <translation>
                <numerusform>%n 项建议…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>支持 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>注意到 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partially</source>
            <translation>
                <numerusform>部分支持 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>待定 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>待审查 %n 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>如果服务器提供则使用 TLS（prefer）</translation>
        </message>
        <message>
            <source>TLS always, certificate not checked (require)</source>
            <translation>始终使用 TLS，不检查证书（require）</translation>
        </message>
        <message>
            <source>TLS always, the server's certificate and name checked (verify-full)</source>
            <translation>始终使用 TLS，检查服务器的证书和名称（verify-full）</translation>
        </message>
        <message>
            <source>no TLS (disable): only on a network you trust</source>
            <translation>不使用 TLS（disable）：仅限您信任的网络</translation>
        </message>
        <message>
            <source>The server asks for the password of %1: type it above.</source>
            <translation>服务器要求输入 %1 的密码：请在上方输入。</translation>
        </message>
        <message>
            <source>The server refused the password of %1 (or does not know this user). Type it again.</source>
            <translation>服务器拒绝了 %1 的密码（或不认识此用户）。请重新输入。</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2: %3</source>
            <translation>无法打开 %1：%2：%3</translation>
        </message>
        <message>
            <source>Open a team database</source>
            <translation>打开团队数据库</translation>
        </message>
        <message>
            <source>A database your team shares on a PostgreSQL server. Your changes are recorded under the server's user name. The password is not remembered (~/.pgpass or PGPASSWORD can hold it instead).</source>
            <translation>您的团队在 PostgreSQL 服务器上共享的数据库。您的更改以服务器用户名记录。不会记住密码（可改由 ~/.pgpass 或 PGPASSWORD 保存）。</translation>
        </message>
        <message>
            <source>Recent servers:</source>
            <translation>最近使用的服务器：</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>(from ~/.pgpass or PGPASSWORD if empty)</source>
            <translation>（如果为空，则取自 ~/.pgpass 或 PGPASSWORD）</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>端口(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>TLS(&amp;T)：</translation>
        </message>
        <message>
            <source>Give the server's name or address (the host).</source>
            <translation>请提供服务器的名称或地址（主机）。</translation>
        </message>
        <message>
            <source>Give the database's name (often upr).</source>
            <translation>请提供数据库的名称（通常为 upr）。</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接到 %1…</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
    </context>
    <context>
        <name>TermTableModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Former names</source>
            <translation>曾用名</translation>
        </message>
        <message>
            <source>The term as it is shown everywhere</source>
            <translation>术语在各处显示的形式</translation>
        </message>
        <message>
            <source>The term's code, if it has one (the SDG number, the OHCHR theme code)</source>
            <translation>术语的代码(如有):可持续发展目标编号、人权高专办议题代码</translation>
        </message>
        <message>
            <source>How many recommendations are tagged with the term</source>
            <translation>标记了该术语的建议数量</translation>
        </message>
        <message>
            <source>Names the term had before a rename or a merge: imports and searches still find the term by them</source>
            <translation>术语在重命名或合并之前的名称:导入和搜索仍可通过这些名称找到该术语</translation>
        </message>
        <message>
            <source>Shown as “%1” in this language</source>
            <translation>在此语言中显示为“%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) tagged “%1”</source>
            <translation>
                <numerusform>%n 项建议标记为“%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>Also found as:
%1</source>
            <translation>也可通过以下名称找到:
%1</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info 议题</translation>
        </message>
        <message>
            <source>Filter the issues…</source>
            <translation>筛选议题…</translation>
        </message>
    </context>
    <context>
        <name>ThematicBrief</name>
        <message>
            <source>cycle %1</source>
            <translation>第%1周期</translation>
        </message>
        <message>
            <source>No recommendation %1 (%2) is in the database.</source>
            <translation>数据库中没有%1的建议（%2）。</translation>
        </message>
        <message>
            <source>No recommendation %1 is in the database.</source>
            <translation>数据库中没有%1的建议。</translation>
        </message>
        <message>
            <source>Universal Periodic Review recommendations %1: %2</source>
            <translation>普遍定期审议中%1的建议：%2</translation>
        </message>
        <message>
            <source>all States, all cycles</source>
            <translation>所有国家，所有周期</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>普遍定期审议第%1周期</translation>
        </message>
        <message>
            <source>Thematic brief: %1</source>
            <translation>专题简报：%1</translation>
        </message>
        <message>
            <source>on %1 whose text matches “%2”</source>
            <translation>关于“%1”且文本与“%2”匹配</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>关于“%1”</translation>
        </message>
        <message>
            <source>whose text matches “%1”</source>
            <translation>文本与“%1”匹配</translation>
        </message>
        <message numerus="yes">
            <source>%n State(s)</source>
            <translation>
                <numerusform>%n 个国家</numerusform>
            </translation>
        </message>
        <message>
            <source>cycles %1 and %2</source>
            <translation>第%1和第%2周期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>%1 to %2, in %3.</source>
            <translation>%1，涉及 %2，%3。</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>States reviewed</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>By cycle: the States that received such recommendations, and the State's positions</source>
            <translation>按周期：收到此类建议的国家及国家立场</translation>
        </message>
        <message>
            <source>State</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>By State under review</source>
            <translation>按受审议国分列</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>各周期之间再次提出的建议</translation>
        </message>
        <message>
            <source>Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or worded the same to the same State in another cycle. A repetition that does not itself carry the theme or match the search is marked “outside this brief”.</source>
            <translation>重复本简报中某项建议的建议：已关联为再次提出的建议（较早 → 较晚），或在另一周期中以相同措辞向同一国家提出的建议。本身不带该议题或不符合搜索条件的重复建议标注为“不属于本简报”。</translation>
        </message>
        <message>
            <source>None of these recommendations was made again in another cycle, as far as the links and the wording show.</source>
            <translation>根据关联和措辞判断，这些建议均未在其他周期中再次提出。</translation>
        </message>
        <message>
            <source>linked and same wording</source>
            <translation>已关联，措辞相同</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>已关联</translation>
        </message>
        <message>
            <source>same wording</source>
            <translation>措辞相同</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1：%2（%3）</translation>
        </message>
        <message>
            <source>%1 (outside this brief)</source>
            <translation>%1（不属于本简报）</translation>
        </message>
        <message>
            <source>Recommended before in %1.</source>
            <translation>此前已提出：%1。</translation>
        </message>
        <message>
            <source>Recommended again in %1.</source>
            <translation>再次提出：%1。</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two labels</comment>
            <translation>和</translation>
        </message>
        <message>
            <source>cycle %1 as %2</source>
            <translation>第%1周期，编号 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>TimelineReport</name>
        <message>
            <source>Milestones timeline: %1</source>
            <translation>落实进展节点时间线：%1</translation>
        </message>
        <message>
            <source>Plan of action of %1, %2, with its items</source>
            <translation>%1的行动计划（%2）及其各项内容</translation>
        </message>
        <message>
            <source>Plan of action of %1, with its items</source>
            <translation>%1的行动计划及其各项内容</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>The milestones linked to at least one recommendation of this review, and each plan of action among them with all its items.</source>
            <translation>与本次审议至少一项建议相关的落实进展节点，以及其中每项行动计划及其全部内容。</translation>
        </message>
        <message numerus="yes">
            <source>%n other milestone(s) of %1 are not linked to it and not shown.</source>
            <translation>
                <numerusform>%1另有 %n 个进展节点与本次审议无关，未予列出。</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestone is linked to a recommendation of this review yet.</source>
            <translation>尚无任何进展节点与本次审议的建议相关联。</translation>
        </message>
        <message>
            <source>The status follows from the dates: planned (dated after this report), until or ended (a milestone with an end date).</source>
            <translation>状态根据日期确定：计划中（日期晚于本报告）、截至或已结束（有结束日期的进展节点）。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>进展节点</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>截止日期：%1</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>已于%1结束</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>至%1</translation>
        </message>
        <message>
            <source>%1; due %2</source>
            <translation>%1；截止日期：%2</translation>
        </message>
        <message>
            <source>cycle %1: %2</source>
            <translation>第%1周期：%2</translation>
        </message>
        <message>
            <source>%1 cycle %2: %3</source>
            <translation>%1 第%2周期：%3</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销(&amp;U)：%1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做(&amp;R)：%1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>已撤销：%1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>已重做：%1</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>UPR Tracker user guide</source>
            <translation>UPR Tracker 用户指南</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>后退(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>前进(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>目录(&amp;C)</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>在指南中查找</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <source>This guide is written in English, and names the menus and buttons as they are in English.</source>
            <translation>本指南以英文撰写，其中的菜单和按钮名称均为英文界面中的名称。</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
    </context>
    <context>
        <name>VocabulariesDialog</name>
        <message>
            <source>Themes</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>人权高专办议题</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a term's name in quotes</comment>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two of a list of terms</comment>
            <translation>%1和%2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the terms of a list</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Vocabularies</source>
            <translation>词表</translation>
        </message>
        <message>
            <source>&amp;Vocabulary:</source>
            <translation>词表(&amp;V):</translation>
        </message>
        <message>
            <source>Name, code or former name  (Ctrl+F)</source>
            <translation>名称、代码或曾用名 (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>筛选(&amp;F):</translation>
        </message>
        <message>
            <source>Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the term that stays. Terms are never deleted: merging is how one goes away, and its names stay findable as former names.</source>
            <translation>术语用于标记建议。重命名术语可更正其拼写;将重复项合并到保留的术语中。术语从不删除:合并是移除术语的方式,其名称仍可作为曾用名被找到。</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>Add a term to this vocabulary</source>
            <translation>向此词表添加术语</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <source>Rename the selected term (F2, or Enter in the list); its old name stays findable as a former name</source>
            <translation>重命名所选术语(F2,或在列表中按 Enter);其旧名称仍可作为曾用名被找到</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
        <message>
            <source>Merge the selected terms (select two or more with Ctrl or Shift) into the one that stays</source>
            <translation>将所选术语(用 Ctrl 或 Shift 选择两个或以上)合并到保留的术语中</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n term(s)</source>
            <translation>
                <numerusform>%1 / %n 个术语</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n 个术语</numerusform>
            </translation>
        </message>
        <message>
            <source>No term of %1 matches “%2”.
Press Esc to clear the filter, or add the term with Add… (Alt+A).</source>
            <translation>%1 中没有与“%2”匹配的术语。
按 Esc 清除筛选,或用“添加…”(Alt+A)添加该术语。</translation>
        </message>
        <message>
            <source>There are no OHCHR themes yet.
Importing an OHCHR matrix brings its coded themes; you can also add one with Add… (Alt+A).</source>
            <translation>尚无人权高专办议题。
导入人权高专办矩阵会带入其编码议题;也可以用“添加…”(Alt+A)添加。</translation>
        </message>
        <message>
            <source>%1 has no terms yet.
Add one with Add… (Alt+A).</source>
            <translation>%1 尚无术语。
请用“添加…”(Alt+A)添加。</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>已添加“%1”。</translation>
        </message>
        <message>
            <source>A close term exists</source>
            <translation>存在相近的术语</translation>
        </message>
        <message>
            <source>Add “%1” anyway, as a term of its own? If it means the same thing, cancel and use the existing term instead.</source>
            <translation>仍要将“%1”添加为独立术语吗?如果含义相同,请取消并改用现有术语。</translation>
        </message>
        <message>
            <source>&amp;Add anyway</source>
            <translation>仍然添加(&amp;A)</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”; “%1” stays findable as a former name.</source>
            <translation>已将“%1”重命名为“%2”;“%1”仍可作为曾用名被找到。</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”.</source>
            <translation>已将“%1”重命名为“%2”。</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n term(s) into “%1”.</source>
            <translation>
                <numerusform>已将 %n 个术语合并到“%1”。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:affected_persons</name>
        <message>
            <source>Children</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>Children in street situations</source>
            <translation>街头儿童</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>民间社会</translation>
        </message>
        <message>
            <source>Disappeared persons</source>
            <translation>失踪者</translation>
        </message>
        <message>
            <source>Educational staff</source>
            <translation>教育工作者</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般问题</translation>
        </message>
        <message>
            <source>Girls</source>
            <translation>女童</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>人权维护者</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>土著人民</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>境内流离失所者</translation>
        </message>
        <message>
            <source>Judges, lawyers and prosecutors</source>
            <translation>法官、律师和检察官</translation>
        </message>
        <message>
            <source>Law enforcement / police officials</source>
            <translation>执法人员/警察</translation>
        </message>
        <message>
            <source>Lesbian, gay, bisexual, transgender and intersex persons</source>
            <translation>男女同性恋、双性恋、跨性别者和间性者</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>医务人员</translation>
        </message>
        <message>
            <source>Members of marginalized and/or disadvantaged groups</source>
            <translation>边缘化和(或)处境不利群体成员</translation>
        </message>
        <message>
            <source>Mercenaries</source>
            <translation>雇佣军</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>移民</translation>
        </message>
        <message>
            <source>Military staff</source>
            <translation>军事人员</translation>
        </message>
        <message>
            <source>Minorities / racial, ethnic, linguistic, religious or descent-based groups</source>
            <translation>少数群体/种族、族裔、语言、宗教或基于世系的群体</translation>
        </message>
        <message>
            <source>Non-citizens</source>
            <translation>非公民</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>老年人</translation>
        </message>
        <message>
            <source>Persons affected by armed conflict</source>
            <translation>受武装冲突影响者</translation>
        </message>
        <message>
            <source>Persons deprived of their liberty</source>
            <translation>被剥夺自由者</translation>
        </message>
        <message>
            <source>Persons living in poverty</source>
            <translation>生活贫困者</translation>
        </message>
        <message>
            <source>Persons living in rural areas</source>
            <translation>农村地区居民</translation>
        </message>
        <message>
            <source>Persons living with HIV/AIDS</source>
            <translation>艾滋病毒感染者/艾滋病患者</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>残疾人</translation>
        </message>
        <message>
            <source>Prison officials</source>
            <translation>监狱工作人员</translation>
        </message>
        <message>
            <source>Private security</source>
            <translation>私营保安</translation>
        </message>
        <message>
            <source>Public officials</source>
            <translation>公职人员</translation>
        </message>
        <message>
            <source>Refugees &amp; asylum-seekers</source>
            <translation>难民和寻求庇护者</translation>
        </message>
        <message>
            <source>Rural women</source>
            <translation>农村妇女</translation>
        </message>
        <message>
            <source>Social workers</source>
            <translation>社会工作者</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>无国籍人</translation>
        </message>
        <message>
            <source>Women &amp; girls</source>
            <translation>妇女和女童</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>青年</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:sdgs</name>
        <message>
            <source>No poverty</source>
            <translation>无贫穷</translation>
        </message>
        <message>
            <source>Zero hunger</source>
            <translation>零饥饿</translation>
        </message>
        <message>
            <source>Good health and well-being</source>
            <translation>良好健康与福祉</translation>
        </message>
        <message>
            <source>Quality education</source>
            <translation>优质教育</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>性别平等</translation>
        </message>
        <message>
            <source>Clean water and sanitation</source>
            <translation>清洁饮水和卫生设施</translation>
        </message>
        <message>
            <source>Affordable and clean energy</source>
            <translation>经济适用的清洁能源</translation>
        </message>
        <message>
            <source>Decent work and economic growth</source>
            <translation>体面工作和经济增长</translation>
        </message>
        <message>
            <source>Industry, innovation and infrastructure</source>
            <translation>产业、创新和基础设施</translation>
        </message>
        <message>
            <source>Reduced inequalities</source>
            <translation>减少不平等</translation>
        </message>
        <message>
            <source>Sustainable cities and communities</source>
            <translation>可持续城市和社区</translation>
        </message>
        <message>
            <source>Responsible consumption and production</source>
            <translation>负责任消费和生产</translation>
        </message>
        <message>
            <source>Climate action</source>
            <translation>气候行动</translation>
        </message>
        <message>
            <source>Life below water</source>
            <translation>水下生物</translation>
        </message>
        <message>
            <source>Life on land</source>
            <translation>陆地生物</translation>
        </message>
        <message>
            <source>Peace, justice and strong institutions</source>
            <translation>和平、正义与强大机构</translation>
        </message>
        <message>
            <source>Partnerships for the goals</source>
            <translation>促进目标实现的伙伴关系</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:themes</name>
        <message>
            <source>Asylum-seekers - refugees</source>
            <translation>寻求庇护者 - 难民</translation>
        </message>
        <message>
            <source>CP rights - general</source>
            <translation>公民权利和政治权利 - 一般问题</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>民间社会</translation>
        </message>
        <message>
            <source>Corruption</source>
            <translation>腐败</translation>
        </message>
        <message>
            <source>Counter-terrorism</source>
            <translation>反恐</translation>
        </message>
        <message>
            <source>Death penalty</source>
            <translation>死刑</translation>
        </message>
        <message>
            <source>Detention</source>
            <translation>拘留</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>发展</translation>
        </message>
        <message>
            <source>Disabilities</source>
            <translation>残疾</translation>
        </message>
        <message>
            <source>ESC rights - general</source>
            <translation>经济、社会及文化权利 - 一般问题</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>选举</translation>
        </message>
        <message>
            <source>Enforced disappearances</source>
            <translation>强迫失踪</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <source>Extrajudicial executions</source>
            <translation>法外处决</translation>
        </message>
        <message>
            <source>Freedom of association and peaceful assembly</source>
            <translation>结社和和平集会自由</translation>
        </message>
        <message>
            <source>Freedom of movement</source>
            <translation>迁徙自由</translation>
        </message>
        <message>
            <source>Freedom of opinion and expression</source>
            <translation>见解和言论自由</translation>
        </message>
        <message>
            <source>Freedom of religion and belief</source>
            <translation>宗教或信仰自由</translation>
        </message>
        <message>
            <source>Freedom of the press</source>
            <translation>新闻自由</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般问题</translation>
        </message>
        <message>
            <source>HIV - Aids</source>
            <translation>艾滋病毒 - 艾滋病</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>人权维护者</translation>
        </message>
        <message>
            <source>Human rights education and training</source>
            <translation>人权教育和培训</translation>
        </message>
        <message>
            <source>Human rights violations by state agents</source>
            <translation>国家工作人员侵犯人权</translation>
        </message>
        <message>
            <source>Impunity</source>
            <translation>有罪不罚</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>土著人民</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>境内流离失所者</translation>
        </message>
        <message>
            <source>International humanitarian law</source>
            <translation>国际人道主义法</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>国际文书</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>司法</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>劳工</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>移民</translation>
        </message>
        <message>
            <source>Minorities</source>
            <translation>少数群体</translation>
        </message>
        <message>
            <source>NHRI</source>
            <translation>国家人权机构</translation>
        </message>
        <message>
            <source>National plan of action</source>
            <translation>国家行动计划</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Poverty</source>
            <translation>贫困</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>公共安全</translation>
        </message>
        <message>
            <source>Racial discrimination</source>
            <translation>种族歧视</translation>
        </message>
        <message>
            <source>Right to education</source>
            <translation>受教育权</translation>
        </message>
        <message>
            <source>Right to food</source>
            <translation>食物权</translation>
        </message>
        <message>
            <source>Right to health</source>
            <translation>健康权</translation>
        </message>
        <message>
            <source>Right to housing</source>
            <translation>住房权</translation>
        </message>
        <message>
            <source>Right to land</source>
            <translation>土地权</translation>
        </message>
        <message>
            <source>Right to water</source>
            <translation>饮用水权</translation>
        </message>
        <message>
            <source>Rights of the Child</source>
            <translation>儿童权利</translation>
        </message>
        <message>
            <source>Sexual Orientation and Gender Identity</source>
            <translation>性取向和性别认同</translation>
        </message>
        <message>
            <source>Special procedures</source>
            <translation>特别程序</translation>
        </message>
        <message>
            <source>Technical assistance and cooperation</source>
            <translation>技术援助与合作</translation>
        </message>
        <message>
            <source>Torture and other CID treatment</source>
            <translation>酷刑和其他残忍、不人道或有辱人格的待遇或处罚</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>贩运人口</translation>
        </message>
        <message>
            <source>Treaty bodies</source>
            <translation>条约机构</translation>
        </message>
        <message>
            <source>UPR process</source>
            <translation>普遍定期审议进程</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>妇女权利</translation>
        </message>
    </context>
    <context>
        <name>VocabularyName</name>
        <message>
            <source>Themes</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info 议题</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>人权高专办专题</translation>
        </message>
    </context>
    <context>
        <name>VocabularyShortName</name>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>OHCHR</source>
            <translation>人权高专办</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
    </context>
    <context>
        <name>WindowBackups</name>
        <message>
            <source>⚠ Backup failed</source>
            <translation>⚠ 备份失败</translation>
        </message>
        <message>
            <source>Backed up automatically to %1.</source>
            <translation>已自动备份到 %1。</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then back it up.</source>
            <translation>%1 已锁定：请用其密码短语解锁，然后再备份。</translation>
        </message>
        <message>
            <source>Backing up %1…</source>
            <translation>正在备份 %1…</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3).</source>
            <translation>已将 %1 备份到 %2（位于 %3）。</translation>
        </message>
        <message>
            <source>Back up the team database to</source>
            <translation>将团队数据库备份到</translation>
        </message>
        <message>
            <source>pg_dump backups (*.dump)</source>
            <translation>pg_dump 备份 (*.dump)</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). Warning: %4.</source>
            <translation>已将 %1 备份到 %2（位于 %3；可用 upr-tracker restore --db URL --from FILE 恢复）。警告：%4。</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back).</source>
            <translation>已将 %1 备份到 %2（位于 %3；可用 upr-tracker restore --db URL --from FILE 恢复）。</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>备份不完整</translation>
        </message>
        <message>
            <source>Backing up the team database…</source>
            <translation>正在备份团队数据库…</translation>
        </message>
        <message>
            <source>Backups of a team database</source>
            <translation>团队数据库的备份</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then restore.</source>
            <translation>%1 已锁定：请用其密码短语解锁，然后再恢复。</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Restore %1 from the backup of %2 (%3)?

This replaces the database as it is now. The current state is backed up first (as “before a restore”, in %4), so you can go back to it.</source>
            <translation>是否从 %2 的备份（%3）恢复 %1？

这将替换数据库的当前状态。当前状态会先被备份（作为“恢复前”备份，位于 %4），以便您可以回到该状态。</translation>
        </message>
        <message>
            <source>Restoring %1 from the backup of %2…</source>
            <translation>正在从 %2 的备份恢复 %1…</translation>
        </message>
        <message>
            <source>The restore did not start: other work is still running (an import, an export or a report). Nothing was changed. Try again when it has finished.</source>
            <translation>恢复未开始：其他工作仍在进行（导入、导出或报告）。未做任何更改。请在其完成后重试。</translation>
        </message>
        <message>
            <source>

The database as it was is kept in %1: restore that backup to go back to it.</source>
            <translation>

数据库原来的状态保存在 %1 中：恢复该备份即可回到原来的状态。</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2: %3, %4.</source>
            <translation>已从 %2 的备份恢复 %1：%3，%4。</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n 条说明</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>The restore failed: %1

%2 could not be opened again either: %3

Open it with File ▸ Open database…, or restore another backup.</source>
            <translation>恢复失败：%1

也无法重新打开 %2：%3

请通过“文件 ▸ 打开数据库…”打开它，或恢复另一个备份。</translation>
        </message>
    </context>
    <context>
        <name>WindowDashboard</name>
        <message>
            <source>Dash&amp;board</source>
            <translation>仪表板(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>仪表板(&amp;D)</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>审议日期(&amp;D)…</translation>
        </message>
    </context>
    <context>
        <name>WindowEncryption</name>
        <message>
            <source>&amp;Lock the database</source>
            <translation>锁定数据库(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>加密(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Encrypt this database…</source>
            <translation>加密此数据库(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>更改密码短语(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>移除加密(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Lock after a time without use…</source>
            <translation>闲置一段时间后锁定(&amp;L)…</translation>
        </message>
        <message>
            <source>Encrypt the database</source>
            <translation>加密数据库</translation>
        </message>
        <message>
            <source>%1 and its backups will be encrypted: without the passphrase no one can read them, you included.</source>
            <translation>%1 及其备份将被加密：没有密码短语，任何人（包括您自己）都无法读取。</translation>
        </message>
        <message>
            <source>Encrypting %1…</source>
            <translation>正在加密 %1…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>更改密码短语</translation>
        </message>
        <message>
            <source>The database and its backups will open with the new passphrase only. (The same passphrase again changes only backups an earlier change could not.)</source>
            <translation>数据库及其备份将只能用新密码短语打开。（再次使用相同的密码短语只会更改之前未能更改的备份。）</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>正在更改密码短语…</translation>
        </message>
        <message>
            <source>Remove the encryption</source>
            <translation>移除加密</translation>
        </message>
        <message>
            <source>%1 and its backups will be readable by anyone who has the files. Remove the encryption?</source>
            <translation>任何拥有这些文件的人都能读取 %1 及其备份。是否移除加密？</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>正在移除加密…</translation>
        </message>
        <message>
            <source>%1 (once the work under way is done)</source>
            <translation>%1（待当前工作完成后）</translation>
        </message>
        <message numerus="yes">
            <source>%1 is encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 已加密，其 %n 个备份也已加密。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is encrypted.</source>
            <translation>%1 已加密。</translation>
        </message>
        <message numerus="yes">
            <source>%1 is no longer encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 已不再加密，其 %n 个备份也不再加密。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is no longer encrypted.</source>
            <translation>%1 已不再加密。</translation>
        </message>
        <message>
            <source>%1 is encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 已加密，但以下备份无法更改，仍保持原样：

%2

问题解决后，使用相同的密码短语执行“工具 ▸ 加密 ▸ 更改密码短语…”也会更改这些备份。</translation>
        </message>
        <message>
            <source>%1 is no longer encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 已不再加密，但以下备份无法更改，仍保持原样：

%2

问题解决后，使用相同的密码短语执行“工具 ▸ 加密 ▸ 更改密码短语…”也会更改这些备份。</translation>
        </message>
        <message>
            <source>Some backups are as they were</source>
            <translation>部分备份保持原样</translation>
        </message>
        <message>
            <source>Lock after a time without use</source>
            <translation>闲置一段时间后锁定</translation>
        </message>
        <message>
            <source>Lock an encrypted database after this many minutes without use (0: never):</source>
            <translation>加密数据库闲置多少分钟后锁定（0：从不）：</translation>
        </message>
    </context>
    <context>
        <name>WindowImportExport</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</source>
            <translation>UPR Tracker 可读取的所有文件 (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>联合国文件 (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.xlsx *.xls)</source>
            <translation>数据集 (*.csv *.xlsx *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>UPR Tracker 导出文件 (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Import documents and datasets</source>
            <translation>导入文件和数据集</translation>
        </message>
        <message>
            <source>Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3).</source>
            <translation>已导入。有些问题需要审查：工具 ▸ 待审查的问题 (Ctrl+3)。</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for another UPR Tracker (*.json)</source>
            <translation>JSON，全部内容，供另一个 UPR Tracker 使用 (*.json)</translation>
        </message>
        <message>
            <source>Export the recommendations shown</source>
            <translation>导出显示的建议</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2. It is encrypted.</source>
            <translation>已将 %1 条建议导出到 %2。该文件已加密。</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2.</source>
            <translation>已将 %1 条建议导出到 %2。</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>正在导出到 %1…</translation>
        </message>
    </context>
    <context>
        <name>WindowManualEntry</name>
        <message>
            <source>New re&amp;view…</source>
            <translation>新建审议(&amp;V)…</translation>
        </message>
        <message>
            <source>New &amp;recommendation…</source>
            <translation>新建建议(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>编辑建议(&amp;E)…</translation>
        </message>
        <message>
            <source>There is no review yet: add one first (Edit ▸ New review…).</source>
            <translation>尚无审议：请先添加一个（编辑 ▸ 新建审议…）。</translation>
        </message>
        <message>
            <source>Choose the recommendation to edit first.</source>
            <translation>请先选择要编辑的建议。</translation>
        </message>
        <message>
            <source>Position recorded</source>
            <translation>立场已记录</translation>
        </message>
    </context>
    <context>
        <name>WindowSuggestions</name>
        <message>
            <source>Su&amp;ggestions</source>
            <translation>提议(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>提议(&amp;S)</translation>
        </message>
        <message>
            <source>Suggest categories and &amp;themes…</source>
            <translation>提议类别和议题(&amp;T)…</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them</source>
            <translation>为缺少行动类别、UPR Info 议题和可持续发展目标的建议提议这些值</translation>
        </message>
        <message>
            <source>Su&amp;ggestions (%1)</source>
            <translation>提议(&amp;G) (%1)</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them: for %1, cycle %2, or for every review? Values set by a person or a document are left alone.</source>
            <translation>为缺少行动类别、UPR Info 议题和可持续发展目标的建议提议这些值：仅针对 %1 第 %2 周期，还是针对所有审议？由人或文件设定的值保持不变。</translation>
        </message>
        <message>
            <source>Suggest categories and themes</source>
            <translation>提议类别和议题</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>本次审议</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>所有审议</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (%1, cycle %2)…</source>
            <translation>正在提议类别和议题（%1，第 %2 周期）…</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (all reviews)…</source>
            <translation>正在提议类别和议题（所有审议）…</translation>
        </message>
        <message>
            <source>Suggesting was cancelled: the suggestions stay as they were.</source>
            <translation>提议已取消：提议保持原样。</translation>
        </message>
    </context>
    <context>
        <name>WindowSync</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>立即同步(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>自动同步(&amp;A)</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation>团队服务器：%1</translation>
        </message>
        <message>
            <source>File ▸ Sync now to choose the team server</source>
            <translation>使用“文件 ▸ 立即同步”选择团队服务器</translation>
        </message>
        <message>
            <source>the team server</source>
            <translation>团队服务器</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>正在与 %1 同步…</translation>
        </message>
        <message>
            <source>Sync cancelled %1</source>
            <translation>同步已于 %1 取消</translation>
        </message>
        <message>
            <source>Sync failed %1: %2</source>
            <translation>同步于 %1 失败：%2</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>同步失败：%1</translation>
        </message>
        <message>
            <source>Sync with the team server</source>
            <translation>与团队服务器同步</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>同步(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>WindowTableQuery</name>
        <message>
            <source>Searching…</source>
            <translation>正在搜索…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>%1+ recommendations…</source>
            <translation>%1+ 项建议…</translation>
        </message>
        <message>
            <source>No recommendation matches “%1”.</source>
            <translation>没有与“%1”匹配的建议。</translation>
        </message>
        <message>
            <source>No recommendation passes these filters. View ▸ Clear filters and search (Ctrl+Shift+X).</source>
            <translation>没有符合这些筛选条件的建议。视图 ▸ 清除筛选和搜索 (Ctrl+Shift+X)。</translation>
        </message>
        <message>
            <source>This database has no recommendations yet.
Import a Working Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import documents or datasets… (Ctrl+I).</source>
            <translation>此数据库中尚无建议。
请导入工作组的报告、增编、人权高专办矩阵或 UPR Info 导出文件：文件 ▸ 导入文件或数据集… (Ctrl+I)。</translation>
        </message>
        <message>
            <source>Nothing to show here yet.</source>
            <translation>此处暂无内容。</translation>
        </message>
    </context>
    <context>
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
    </context>
    <context>
        <name>_DelayedProgress</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>_LabelChecklist</name>
        <message>
            <source>Filter labels (e.g. 97.1)</source>
            <translation>筛选编号（例如 97.1）</translation>
        </message>
    </context>
</TS>

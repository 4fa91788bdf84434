"""The words of a State's position in French, Spanish and Russian, beside the English ones of the
position classifier: "n'accepte pas", "prend note", "partiellement acceptée", "toma nota",
"acepta", "не поддерживает", "принимает к сведению", "частично поддерживает".

Each pattern is an alternation the classifier adds to its English one, read in the same order
(refusals first, then acceptance in part, pending, implemented, assent): a refusal's words are
masked before assent is looked for, so "n'est pas acceptée" or "принята к сведению" are never read
as accepted. The wordings are those of the UN's addenda in each language.
"""

from __future__ import annotations

from upr_tracker.domain.positions import Position

_OEUVRE = r"(?:œuvre|oeuvre)"

NOTED = r"""
    \bn['’]\s*(?:accepte|acceptent|appuie|appuient|soutient|soutiennent|approuve|souscrit)\s+pas\b
  | \bne\s+(?:peut|peuvent|saurait|sauraient|pourra|pourront)\s+(?:pas\s+|donc\s+pas\s+)?
        (?:accepter|appuyer|soutenir|approuver|souscrire)\w*
  | \bn['’]\s*(?:est|était|a|ont)\s+pas\s+(?:été\s+)?(?:acceptée?s?|appuyée?s?|soutenue?s?|retenue?s?|en\s+mesure\s+d['’]accepter)
  | \bne\s+sont\s+pas\s+(?:acceptées|appuyées|soutenues|retenues)
  | \bnon\s+(?:acceptée?s?|appuyée?s?|soutenue?s?|retenue?s?)\b
  | \brejet(?:te|tent|ée?s?|er)\b
  | \b(?:prend|prennent|pris|prendre|prenons)\s+(?:dûment\s+)?note\b
  | \b(?:est|sont|a\s+été|ont\s+été)\s+notées?\b
  | \bne\s+recueill\w*\s+pas | \bn['’](?:a|ont)\s+pas\s+recueilli
  | \bno\s+(?:se\s+)?(?:acepta|aceptan|aceptó|apoya|apoyan|apoyó|respalda|suscribe|cuenta|cuentan|contó|goza|gozan)\b
  | \bno\s+(?:puede|pueden|podrá|podrán)\s+(?:aceptar|apoyar|respaldar)\w*
  | \bno\s+(?:es|son|fue|fueron|ha\s+sido|han\s+sido)\s+(?:aceptadas?|apoyadas?|aceptables?)
  | \bno\s+aceptadas?\b | \bno\s+apoyadas?\b
  | \brechaz(?:a|an|ó|ada|adas|ar)\b
  | \b(?:toma|toman|tomó|tomar|tomado|tomamos)\s+(?:debida\s+)?nota\b
  | \b(?:es|son|fue|fueron|queda|quedan|ha\s+sido|han\s+sido)\s+anotadas?\b
  | \bне\s+(?:может\s+|могут\s+)?(?:принимает|принимают|поддерживает|поддерживают|поддержать|принять
        |поддержаны?|приняты?|пользуются|пользуется|одобряет)\w*
  | \bотклон\w*
  | \b(?:принимает|принимают|принял\w*|приняты?|принята|принято|принять)\s+(?:\w+\s+){0,2}?к\s+сведению
  | \bк\s+сведению\b
"""

PARTIAL = r"""
    \b(?:accept|appu|souti|soutien)\w*\b(?:[^.;]|\.\d){0,200}?\b(?:en\s+partie|partiellement)\b
  | \b(?:partiellement|en\s+partie)\s+(?:accept|appu|soutenu)\w*
  | \b(?:acept|apoy)\w*\b(?:[^.;]|\.\d){0,200}?\b(?:en\s+parte|parcialmente)\b
  | \b(?:parcialmente|en\s+parte)\s+(?:acept|apoy)\w*
  | \bчастично\s+(?:поддерж|принима|принят|одобр)\w*
  | \b(?:поддерж|принима)\w*\s+(?:\w+\s+){0,2}?частично\b
"""

PENDING = r"""
    \bà\s+l['’](?:étude|examen)\b | \ben\s+cours\s+d['’]examen\b
  | \b(?:sera|seront)\s+(?:examinée?s?|étudiée?s?)\b | \bexaminera\b
  | \brépondra\s+(?:en\s+temps\s+voulu|ultérieurement|plus\s+tard)\b | \ben\s+attente\b
  | \ben\s+estudio\b | \b(?:está|están)\s+siendo\s+(?:examinadas?|estudiadas?|consideradas?)\b
  | \b(?:será|serán)\s+(?:examinadas?|estudiadas?|consideradas?)\b | \bexaminará\b | \bresponderá\b
  | \bpendientes?\b
  | \bна\s+рассмотрении\b | \bизучает\b | \bизучаются\b | \bрассматривает(?:ся)?\b
  | \b(?:будет|будут)\s+(?:изучены?|изучена|рассмотрены?|рассмотрена)\b | \bпредставит\s+(?:свои\s+)?ответ\w*
"""

IMPLEMENTED = rf"""
    \bdéjà\s+(?:été\s+)?(?:mises?\s+en\s+{_OEUVRE}|appliquées?|réalisées?|en\s+place)
  | \ben\s+(?:cours|voie)\s+(?:de\s+mise\s+en\s+{_OEUVRE}|d['’]application)
  | \b(?:est|sont)\s+(?:déjà\s+)?(?:mises?\s+en\s+{_OEUVRE}|appliquées?)\b
  | \bya\s+(?:se\s+)?(?:ha|han|está|están)\s+(?:sido\s+|siendo\s+)?(?:aplicad|implementad|cumplid|ejecutad)\w*
  | \bya\s+(?:aplicadas?|implementadas?|cumplidas?)\b
  | \ben\s+(?:proceso|vías|curso)\s+de\s+(?:aplicación|implementación|ejecución)
  | \bуже\s+(?:было\s+|были\s+)?(?:выполнен|осуществлен|осуществлён|реализован|выполняется|выполняются
        |осуществляется|осуществляются)\w*
  | \bв\s+процессе\s+(?:осуществления|выполнения|реализации)
"""

SUPPORTED = r"""
    \baccept(?:e|ent|ons|ée|ées|és?)\b | \bacceptables?\b
  | \bappui(?:e|ent|ons)\b | \bappuyée?s?\b | \bsoutien(?:t|nent)\b | \bsoutenue?s?\b
  | \brecueill\w*\s+(?:son\s+|l['’]\s*)appui | \bbénéficient\s+de\s+son\s+(?:appui|soutien)
  | \bs['’]engage\s+à\s+(?:les?\s+|la\s+)?(?:mettre\s+en\s+(?:œuvre|oeuvre)|appliquer)
  | \bacept(?:a|an|amos|ó|ada|adas)\b | \baceptables?\b
  | \bapoy(?:a|an|amos|ó|ada|adas)\b | \brespald(?:a|an|ó)\b
  | \bcuenta?n?\s+con\s+(?:su|el)\s+(?:pleno\s+)?apoyo
  | \bподдерживает(?:ся)?\b | \bподдерживают(?:ся)?\b | \bпринимает(?:ся)?\b | \bпринимают\b | \bподдержан[аыо]?\b
  | \bпринят[аыо]?\b | \bпользуются\s+(?:его\s+|ее\s+|её\s+)?поддержкой | \bодобряет\b
"""

# The recommendation named: a strong statement in the classifier's sense.
NAMES_RECOMMENDATION = r"""
    \b(?:recommandations?|recomendaci(?:ón|on|ones)|рекомендаци\w*)\b
  | ^\W*(?:elle|elles|celle-ci|celles-ci|ces|cette|esta|estas|éstas|ella|ellas|она|они|эта|эти|данн\w+)\b
"""
PLURAL = r"\b(?:recommandations|recomendaciones|рекомендации|рекомендаций|ces|estas|эти|elles|ellas|они)\b"
SINGULAR = r"\b(?:recommandation|recomendación|recomendacion|рекомендация|рекомендацию|cette|esta|эта|elle|она)\b"
NEGATIONS = r"|jamais|nunca|jamás|не|ни|никогда"
CONCLUDING = r"|par\s+conséquent|donc|ainsi|en\s+conséquence|por\s+(?:lo\s+tanto|consiguiente|ello)|así\s+pues|поэтому|таким\s+образом|следовательно"
CONTRASTING = r"|cependant|toutefois|mais|néanmoins|sin\s+embargo|pero|no\s+obstante|однако|но|тем\s+не\s+менее"

# Bare position words as tables and headings write them ("Acceptée", "Notée", "Aceptada",
# "Поддержана"), by their name_key: (position, considered implemented).
BARE_WORDS: dict[str, tuple[Position, bool]] = {}


def _words(position: Position, implemented: bool, *wordings: str) -> None:
    from upr_tracker.domain.names import name_key

    for wording in wordings:
        BARE_WORDS[name_key(wording)] = (position, implemented)


_words(Position.SUPPORTED, False,
       "acceptée", "acceptées", "accepté", "acceptés", "appuyée", "appuyées", "appuyé", "soutenue", "soutenues",
       "recommandation acceptée", "recommandations acceptées", "la recommandation est acceptée",
       "aceptada", "aceptadas", "aceptado", "apoyada", "apoyadas", "apoyado", "recomendación aceptada",
       "поддержана", "поддержаны", "поддержанные", "поддерживается", "поддерживаются", "принята", "приняты", "поддерживает")
_words(Position.SUPPORTED, True,
       "acceptée et déjà mise en œuvre", "acceptée et mise en œuvre", "déjà mise en œuvre", "déjà mises en œuvre",
       "aceptada y ya aplicada", "ya aplicada", "ya aplicadas", "поддержана и уже выполнена", "уже выполнена")
_words(Position.NOTED, False,
       "notée", "notées", "noté", "prise en note", "prend note", "non acceptée", "non acceptées", "rejetée",
       "rejetées", "non appuyée", "non appuyées",
       "anotada", "anotadas", "tomada nota", "toma nota", "se toma nota", "no aceptada", "no aceptadas",
       "rechazada", "rechazadas", "no apoyada", "no apoyadas",
       "принята к сведению", "приняты к сведению", "принимается к сведению", "принимает к сведению",
       "не поддержана", "не поддержаны", "не поддерживается", "отклонена", "отклонены")
_words(Position.PARTIALLY_SUPPORTED, False,
       "partiellement acceptée", "partiellement acceptées", "acceptée en partie", "partiellement appuyée",
       "acceptée partiellement", "parcialmente aceptada", "parcialmente aceptadas", "aceptada parcialmente",
       "apoyada parcialmente", "parcialmente apoyada", "частично поддержана", "частично поддержаны",
       "частично поддерживается", "частично принята", "частично поддерживает", "частично поддержанные")
_words(Position.PENDING, False,
       "en attente", "à l'étude", "en cours d'examen", "pendiente", "pendientes", "en estudio",
       "ожидается", "на рассмотрении", "рассматривается")

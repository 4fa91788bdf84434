"""Suggested action categories, UPR Info issues (themes) and SDGs for recommendations, from a
scikit-learn model trained on UPR Info's database and shipped inside the package.

Knows neither Qt nor the database: the services store the suggestions and the window shows them.
"""

from upr_tracker.suggestions.suggester import Scored, Suggester, TextSuggestions, load_suggester

__all__ = ["Scored", "Suggester", "TextSuggestions", "load_suggester"]

-- A rejected suggestion is one decision: its reject-suggestion rule in curation_log. Suggestion refreshes leave out
-- what the active rules reject, so undoing the rule lets the suggestion come back; the separate, permanent record of
-- rejections that undo could not reach goes. Every row here was written beside such a rule, so nothing is lost.
DROP TABLE IF EXISTS suggestion_rejections;

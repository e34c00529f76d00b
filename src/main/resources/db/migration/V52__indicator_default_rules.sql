-- Default scoring rules of the built-in indicators, as the scoring module's RuleSpec JSON.
-- Measured indicators: tier table 000 (≥100% → 100, 90–99% → 80, <90% → 60, R72); a scheme may choose 004.
-- Indicators rated by people on 1–5: the rating scale 1–5 → 0–100.
-- CSAT: the threshold of the 000 template (≥ 4.5 met → 100, R76); the sources do not say what a miss scores,
-- 60 (the bottom of tier table 000) is this library's default.
update indicator set default_rule = '{"type":"TIER_TABLE","preset":"000"}'::jsonb
where built_in and default_rule is null and measure = 'QUANTITATIVE' and code <> 'CSAT';

update indicator set default_rule = '{"type":"RATING_SCALE","min":1,"max":5,"scoreAtMin":0,"scoreAtMax":100}'::jsonb
where built_in and default_rule is null and measure = 'QUALITATIVE';

update indicator set default_rule = '{"type":"THRESHOLD","threshold":4.5,"metScore":100,"missedScore":60,"strict":false}'::jsonb
where code = 'CSAT' and built_in and default_rule is null;

-- Contract §5 for performance year 2025, in DuckDB: the benchmark's oracle for the job's at-risk clinicians.
-- ${DIR} is the generated portfolio, ${CATALOG} the year's PI measure catalogue, ${OUT} the CSV this writes (tin,
-- npi, reason_codes of each at-risk TIN/NPI).
-- The generated files quote nothing, so quoting is off and a row holding a quote character is the malformed
-- record the job rejects. Year 2025: CEHRT IDs of the 15C and 20YYC forms, 180 days, SAFER must be YES, checklist
-- required, editions 2016 and 2025.

CREATE MACRO yes_no(v) AS CASE WHEN upper(trim(v)) IN ('Y', 'YES', 'TRUE', '1') THEN 'Y'
    WHEN upper(trim(v)) IN ('N', 'NO', 'FALSE', '0') THEN 'N' END;
CREATE MACRO blank_or_yes_no(v) AS coalesce(trim(v), '') = '' OR yes_no(v) IS NOT NULL;
CREATE MACRO blank_or_date(v) AS coalesce(trim(v), '') = '' OR try_strptime(v, '%Y-%m-%d') IS NOT NULL;
CREATE MACRO digit(s, i) AS CAST(substr(s, i, 1) AS INTEGER);
CREATE MACRO doubled(x) AS CASE WHEN 2 * x > 9 THEN 2 * x - 9 ELSE 2 * x END;
-- Luhn over 80840 + the first nine digits: the prefix adds 24; digits 1, 3, 5, 7, 9 are doubled.
CREATE MACRO valid_npi(n) AS regexp_full_match(coalesce(n, ''), '[0-9]{10}') AND (10 - (24 + doubled(digit(n, 1))
    + digit(n, 2) + doubled(digit(n, 3)) + digit(n, 4) + doubled(digit(n, 5)) + digit(n, 6) + doubled(digit(n, 7))
    + digit(n, 8) + doubled(digit(n, 9))) % 10) % 10 = digit(n, 10);
CREATE MACRO findings(reports, cehrt, s, e, sra, safer, info, onc, checklist) AS list_filter([
    CASE WHEN coalesce(cehrt, '') = '' THEN 'CEHRT_ID_MISSING'
        WHEN NOT (regexp_full_match(cehrt, '[0-9A-Z]{2}15C[0-9A-Z]{10}')
            OR regexp_full_match(cehrt, '20[0-9]{2}C[0-9A-Z]{10}')) THEN 'CEHRT_ID_INVALID' END,
    CASE WHEN s IS NULL OR e IS NULL THEN 'PERIOD_MISSING'
        WHEN e < s OR year(s) <> 2025 OR year(e) <> 2025 THEN 'PERIOD_INVALID'
        WHEN date_diff('day', s, e) + 1 < 180 THEN 'PERIOD_TOO_SHORT' END,
    CASE WHEN coalesce(yes_no(sra), '') <> 'Y' THEN 'SRA_NOT_YES' END,
    CASE WHEN coalesce(yes_no(info), '') <> 'Y' THEN 'INFO_BLOCKING_NOT_YES' END,
    CASE WHEN coalesce(yes_no(onc), '') <> 'Y' THEN 'ONC_DIRECT_REVIEW_NOT_YES' END,
    CASE WHEN coalesce(yes_no(safer), '') <> 'Y' THEN 'SAFER_NOT_ATTESTED' END,
    checklist], lambda c: c IS NOT NULL);

-- Reporting entities (groups.csv): the accepted rows, first of duplicates.
CREATE TABLE entities AS
SELECT upper(entity_type) AS type, entity_id AS id, coalesce(affiliated_tin, '') AS affiliated_tin,
    yes_no(reports_pi) = 'Y' AS reports, coalesce(yes_no(pi_reweighting), 'N') = 'Y' AS reweighted,
    cehrt_id, try_strptime(pi_period_start, '%Y-%m-%d')::DATE AS s, try_strptime(pi_period_end, '%Y-%m-%d')::DATE AS e,
    sra, safer, info_blocking, onc_direct_review
FROM (SELECT row_number() OVER () AS line, * FROM read_csv('${DIR}/groups.csv', header = true, all_varchar = true,
    quote = '', escape = '', null_padding = true))
WHERE strpos(concat_ws('|', entity_type, entity_id, name, affiliated_tin, reports_pi, cehrt_id, pi_period_start,
        pi_period_end, sra, safer, info_blocking, onc_direct_review, pi_reweighting, reweighting_reason), '"') = 0
    AND upper(entity_type) IN ('GROUP', 'VIRTUAL_GROUP', 'APM_ENTITY', 'SUBGROUP')
    AND CASE upper(entity_type) WHEN 'GROUP' THEN regexp_full_match(entity_id, '[0-9]{9}')
        WHEN 'SUBGROUP' THEN regexp_full_match(entity_id, 'SG-[0-9]{8}')
            AND regexp_full_match(coalesce(affiliated_tin, ''), '[0-9]{9}')
        ELSE regexp_full_match(entity_id, '[A-Za-z0-9_-]{1,40}') END
    AND yes_no(reports_pi) IS NOT NULL AND blank_or_yes_no(pi_reweighting) AND blank_or_yes_no(sra)
    AND blank_or_yes_no(safer) AND blank_or_yes_no(info_blocking) AND blank_or_yes_no(onc_direct_review)
    AND blank_or_date(pi_period_start) AND blank_or_date(pi_period_end)
QUALIFY row_number() OVER (PARTITION BY upper(entity_type), entity_id ORDER BY line) = 1;

-- SAFER checklist (§5.3): the practices of an edition are those that appear for it anywhere in the file.
CREATE TABLE checklist AS
SELECT row_number() OVER () AS line, upper(entity_type) AS type, entity_id AS id, coalesce(npi, '') AS npi,
    guide_version AS edition, practice_id AS practice, coalesce(trim(status), '') <> '' AS answered,
    strptime(assessed_on, '%Y-%m-%d')::DATE AS d
FROM read_csv('${DIR}/checklist_results.csv', header = true, all_varchar = true, quote = '', escape = '',
    null_padding = true);
CREATE TABLE practices AS SELECT edition, count(DISTINCT practice) AS n FROM checklist GROUP BY edition;
CREATE TABLE assessed AS
SELECT type, id, npi, true AS any_rows, bool_or(year(d) = 2025) AS in_year FROM checklist GROUP BY ALL;
CREATE TABLE complete AS
SELECT type, id, npi, bool_or(answered_count = n) AS complete FROM (
    SELECT type, id, npi, edition, count(*) FILTER (WHERE answered) AS answered_count FROM (
        SELECT type, id, npi, edition, practice, arg_max(answered, epoch(d)::BIGINT * 100000000 + line) AS answered
        FROM checklist WHERE year(d) = 2025 AND edition IN ('2016', '2025') GROUP BY ALL)
    GROUP BY ALL) JOIN practices USING (edition)
GROUP BY ALL;
CREATE MACRO checklist_code(any_rows, in_year, accepted, done) AS
    CASE WHEN NOT coalesce(any_rows, false) THEN 'SAFER_CHECKLIST_MISSING'
        WHEN NOT coalesce(in_year, false) THEN 'SAFER_CHECKLIST_OUTDATED'
        WHEN NOT coalesce(accepted, false) THEN 'SAFER_GUIDE_VERSION_NOT_ACCEPTED'
        WHEN NOT done THEN 'SAFER_CHECKLIST_INCOMPLETE' END;

-- PI measures (§5.5), by the year's catalogue as the job ships it (${CATALOG}, CMS's measures data): required
-- measures met or excluded, no measure with its own exclusion or a substitute, one HIE option, engagement levels.
-- 2025 asks only that PI_PHCDRR_3 be reported. Attestation measures' rows are ignored (their columns rule).
CREATE TABLE catalog AS
SELECT measureId AS m, metricType AS metric, objective, reportingCategory AS category, isRequired = 'true' AS required,
    coalesce(exclusion_ids, '') AS exclusion_ids, coalesce(substitutes, '') AS substitutes, coalesce(preprod, '') AS preprod,
    objective IN ('attestation', 'protectPatientHealthInformation') AS attestation
FROM read_csv('${CATALOG}', header = true, all_varchar = true);
CREATE TABLE exclusion_of AS SELECT m, unnest(string_split(exclusion_ids, ';')) AS x FROM catalog WHERE exclusion_ids <> '';
CREATE TABLE level_of AS SELECT m, unnest(string_split(preprod, ';')) AS level FROM catalog WHERE preprod <> '';
CREATE TABLE pairs AS SELECT DISTINCT least(m, s) AS a, greatest(m, s) AS b
FROM (SELECT m, unnest(string_split(substitutes, ';')) AS s FROM catalog WHERE substitutes <> '')
WHERE s IN (SELECT m FROM catalog) AND s <> m;
CREATE TABLE required AS SELECT m FROM catalog WHERE required AND category = 'required'
    AND objective <> 'healthInformationExchange' AND NOT attestation AND m NOT IN (SELECT level FROM level_of);

-- The accepted rows of pi_measures.csv (the generated file holds only two kinds of bad row: a measure the catalogue
-- lacks, a numerator above its denominator), the first of duplicates, without the attestations.
CREATE TABLE answers AS
SELECT upper(entity_type) AS type, entity_id AS id, coalesce(npi, '') AS npi, measure_id AS m,
    yes_no(value) = 'Y' AS yes, coalesce(yes_no(value) = 'Y' OR try_cast(numerator AS BIGINT) >= 1, false) AS met,
    try_cast(numerator AS BIGINT) AS n, try_cast(denominator AS BIGINT) AS d
FROM (SELECT row_number() OVER () AS line, * FROM read_csv('${DIR}/pi_measures.csv', header = true,
    all_varchar = true, quote = '', escape = '', null_padding = true))
WHERE measure_id IN (SELECT m FROM catalog WHERE NOT attestation)
    AND coalesce(try_cast(numerator AS BIGINT) <= try_cast(denominator AS BIGINT), true)
QUALIFY row_number() OVER (PARTITION BY upper(entity_type), entity_id, coalesce(npi, ''), measure_id ORDER BY line) = 1;
-- Each entity with rows, and every measure of the catalogue: sent (an exclusion only when YES), YES, met.
CREATE TABLE sent AS
SELECT k.type, k.id, k.npi, c.m, a.m IS NOT NULL AND (c.category <> 'exclusion' OR a.yes) AS sent,
    a.m IS NOT NULL AS present, coalesce(a.yes, false) AS yes, coalesce(a.met, false) AS met,
    c.category = 'exclusion' AS is_exclusion
FROM (SELECT DISTINCT type, id, npi FROM answers) k CROSS JOIN catalog c
LEFT JOIN answers a ON a.type = k.type AND a.id = k.id AND a.npi = k.npi AND a.m = c.m;
CREATE TABLE excluded AS
SELECT s.type, s.id, s.npi, x.m, bool_or(s.yes) AS excluded
FROM exclusion_of x JOIN sent s ON s.m = x.x GROUP BY ALL;
CREATE TABLE measure_findings AS
SELECT type, id, npi, list(code) AS codes FROM (
    SELECT s.type, s.id, s.npi, 'MEASURE_NOT_MET:' || s.m AS code
    FROM sent s JOIN required r ON r.m = s.m
    LEFT JOIN excluded x ON x.type = s.type AND x.id = s.id AND x.npi = s.npi AND x.m = s.m
    WHERE NOT (CASE WHEN s.m = 'PI_PHCDRR_3' THEN s.present ELSE s.met END) AND NOT coalesce(x.excluded, false)
    UNION ALL
    SELECT DISTINCT s.type, s.id, s.npi, 'EXCLUSION_CONFLICT:' || s.m
    FROM sent s JOIN exclusion_of x ON x.m = s.m
    JOIN sent e ON e.type = s.type AND e.id = s.id AND e.npi = s.npi AND e.m = x.x
    WHERE s.sent AND e.sent
    UNION ALL
    SELECT s.type, s.id, s.npi, 'HIE_OPTION_NOT_MET'
    FROM sent s JOIN catalog c ON c.m = s.m AND c.objective = 'healthInformationExchange' AND c.category = 'required'
    LEFT JOIN excluded x ON x.type = s.type AND x.id = s.id AND x.npi = s.npi AND x.m = s.m
    GROUP BY s.type, s.id, s.npi
    HAVING NOT (bool_and(s.met OR coalesce(x.excluded, false)) FILTER (WHERE c.metric = 'proportion')
        OR coalesce(bool_or(s.yes) FILTER (WHERE c.metric = 'boolean'), false))
    UNION ALL
    SELECT DISTINCT type, id, npi, 'INVALID_COMBINATION:' || m FROM (
        SELECT sa.type, sa.id, sa.npi, p.b AS m FROM pairs p
        JOIN sent sa ON sa.m = p.a AND sa.sent JOIN sent sb ON sb.type = sa.type AND sb.id = sa.id AND sb.npi = sa.npi
            AND sb.m = p.b AND sb.sent
        UNION ALL
        -- a measure sent with an exclusion of one of its substitutes (v1's PI_HIE_5 rule)
        SELECT s.type, s.id, s.npi, s.m FROM (SELECT a AS m, b AS other FROM pairs UNION ALL SELECT b, a FROM pairs) p
        JOIN sent s ON s.m = p.m AND s.sent AND NOT s.is_exclusion
        JOIN exclusion_of x ON x.m = p.other
        JOIN sent e ON e.type = s.type AND e.id = s.id AND e.npi = s.npi AND e.m = x.x AND e.sent)
    UNION ALL
    SELECT s.type, s.id, s.npi, 'ENGAGEMENT_LEVEL_MISSING:' || s.m
    FROM sent s JOIN level_of l ON l.m = s.m
    JOIN sent e ON e.type = s.type AND e.id = s.id AND e.npi = s.npi AND e.m = l.level
    WHERE s.yes GROUP BY s.type, s.id, s.npi, s.m HAVING NOT bool_or(e.yes))
GROUP BY ALL;
-- The measure findings of each entity with rows (none: an empty list); an entity without is PI_MEASURES_MISSING.
CREATE TABLE measure_verdicts AS
SELECT k.type, k.id, k.npi, coalesce(f.codes, []) AS codes
FROM (SELECT DISTINCT type, id, npi FROM answers) k LEFT JOIN measure_findings f USING (type, id, npi);

-- The verdict of every listed entity but subgroups (§5.2, §5.4).
CREATE TABLE verdicts AS
SELECT e.type, e.id,
    CASE WHEN NOT e.reports AND e.reweighted THEN 'REWEIGHTED' WHEN NOT e.reports THEN 'AT_RISK'
        WHEN len(f) = 0 THEN 'READY' ELSE 'AT_RISK' END AS status,
    CASE WHEN NOT e.reports THEN CASE WHEN e.reweighted THEN [] ELSE ['PI_NOT_REPORTED'] END ELSE f END AS codes
FROM (SELECT e.*, list_concat(findings(e.reports, e.cehrt_id, e.s, e.e, e.sra, e.safer, e.info_blocking,
        e.onc_direct_review, checklist_code(a.any_rows, a.in_year, c.complete IS NOT NULL, coalesce(c.complete, false))),
        coalesce(mv.codes, ['PI_MEASURES_MISSING'])) AS f
    FROM entities e LEFT JOIN assessed a ON a.type = e.type AND a.id = e.id AND a.npi = ''
        LEFT JOIN complete c ON c.type = e.type AND c.id = e.id AND c.npi = ''
        LEFT JOIN measure_verdicts mv ON mv.type = e.type AND mv.id = e.id AND mv.npi = ''
    WHERE e.type <> 'SUBGROUP') e;

-- The estimated PI score (§9.1) of every entity with rows, by the 2025 points table as the job ships it
-- (performance-years.yml), in half points so that 12.5 adds exactly: a proportion earns max × n / d rounded half up,
-- at least 1 with a numerator; a yes/no measure its points for YES; electronic case reporting its points when
-- reported or excluded (2025); the bonus 5 once; the sum capped at 100, rounded half up. 2025's redistribution edges
-- move an excluded measure's points to another measure or to the HIE option in use.
CREATE TABLE points AS SELECT * FROM (VALUES ('PI_EP_1', 20), ('PI_EP_2', 20), ('PI_HIE_1', 30), ('PI_HIE_4', 30),
    ('PI_HIE_5', 60), ('PI_HIE_6', 60), ('PI_PEA_1', 50), ('PI_PHCDRR_1', 25), ('PI_PHCDRR_3', 25)) t(m, half);
CREATE TABLE edges AS SELECT * FROM (VALUES (['PI_EP_2'], ['PI_EP_1'], 'PI_EP_1'), (['PI_HIE_1'], [], 'PI_PEA_1'),
    (['PI_HIE_4'], [], 'PI_PEA_1'), (['PI_EP_1'], ['PI_EP_2'], 'HIE'), (['PI_EP_1', 'PI_EP_2'], [], 'HIE'))
    t(excluded, unless, target);
CREATE TABLE scored AS
SELECT k.type, k.id, k.npi, coalesce(list(x.m) FILTER (WHERE x.excluded), []) AS ex,
    CASE WHEN bool_or(s.m = 'PI_HIE_5' AND s.yes) THEN ['PI_HIE_5'] WHEN bool_or(s.m = 'PI_HIE_6' AND s.yes) THEN ['PI_HIE_6']
        WHEN bool_or(s.m IN ('PI_HIE_1', 'PI_HIE_4') AND s.present) OR bool_or(x.m IN ('PI_HIE_1', 'PI_HIE_4') AND x.excluded)
        THEN ['PI_HIE_1', 'PI_HIE_4'] ELSE [] END AS hie
FROM (SELECT DISTINCT type, id, npi FROM answers) k
LEFT JOIN sent s ON s.type = k.type AND s.id = k.id AND s.npi = k.npi
LEFT JOIN excluded x ON x.type = k.type AND x.id = k.id AND x.npi = k.npi AND x.m = s.m
GROUP BY ALL;
CREATE TABLE received AS
SELECT k.type, k.id, k.npi, t.target AS m, sum(e.amount // len(e.targets)) AS half FROM scored k
CROSS JOIN LATERAL (SELECT e.excluded, e.unless,
        CASE WHEN e.target = 'HIE' THEN k.hie ELSE [e.target] END AS targets,
        (SELECT sum(p.half) FROM points p WHERE list_contains(e.excluded, p.m)) AS amount FROM edges e) e
CROSS JOIN unnest(e.targets) t(target)
WHERE list_has_all(k.ex, e.excluded) AND NOT list_has_any(k.ex, e.unless)
GROUP BY ALL;
CREATE TABLE estimates AS
SELECT k.type, k.id, k.npi, (least(200, sum(e.half) + max(k.bonus)) + 1) // 2 AS score FROM (
    SELECT k.*, CASE WHEN EXISTS (SELECT 1 FROM answers a WHERE a.type = k.type AND a.id = k.id AND a.npi = k.npi
        AND a.m IN ('PI_PHCDRR_2', 'PI_PHCDRR_4', 'PI_PHCDRR_5') AND a.yes) THEN 10 ELSE 0 END AS bonus
    FROM scored k) k
CROSS JOIN LATERAL (SELECT p.m, p.half + coalesce(r.half, 0) AS mx, a.m IS NOT NULL AS present, a.yes, a.n, a.d,
        list_contains(k.ex, p.m) AS excluded, c.metric
    FROM points p JOIN catalog c ON c.m = p.m
    LEFT JOIN received r ON r.type = k.type AND r.id = k.id AND r.npi = k.npi AND r.m = p.m
    LEFT JOIN answers a ON a.type = k.type AND a.id = k.id AND a.npi = k.npi AND a.m = p.m) m
CROSS JOIN LATERAL (SELECT CASE WHEN m.m = 'PI_PHCDRR_3' AND (m.present OR m.excluded) THEN m.mx
        WHEN NOT m.present OR m.excluded THEN 0
        WHEN m.metric = 'proportion' THEN CASE WHEN m.d > 0
            THEN greatest((m.mx * m.n + m.d) // (2 * m.d), CASE WHEN m.n >= 1 THEN 1 ELSE 0 END) * 2 ELSE 0 END
        WHEN m.yes THEN m.mx ELSE 0 END AS half) e
GROUP BY k.type, k.id, k.npi;

-- Clinician paths (clinicians.csv): the accepted rows, first of duplicate paths.
CREATE TABLE paths AS
SELECT tin, npi, upper(reporting_level) AS level,
    CASE WHEN upper(reporting_level) IN ('GROUP', 'INDIVIDUAL') THEN tin ELSE entity_id END AS eid,
    coalesce(yes_no(mips_eligible), 'Y') = 'Y' AS eligible, coalesce(yes_no(reports_pi), 'N') = 'Y' AS reports,
    coalesce(yes_no(pi_reweighting), 'N') = 'Y' AS reweighted, cehrt_id,
    try_strptime(pi_period_start, '%Y-%m-%d')::DATE AS s, try_strptime(pi_period_end, '%Y-%m-%d')::DATE AS e,
    sra, safer, info_blocking, onc_direct_review
FROM (SELECT row_number() OVER () AS line, * FROM read_csv('${DIR}/clinicians.csv', header = true,
    all_varchar = true, quote = '', escape = '', null_padding = true))
WHERE strpos(concat_ws('|', tin, npi, last_name, first_name, reporting_level, entity_id), '"') = 0
    AND regexp_full_match(coalesce(tin, ''), '[0-9]{9}') AND valid_npi(npi)
    AND upper(reporting_level) IN ('INDIVIDUAL', 'GROUP', 'VIRTUAL_GROUP', 'APM_ENTITY', 'SUBGROUP')
    AND CASE upper(reporting_level) WHEN 'SUBGROUP' THEN regexp_full_match(coalesce(entity_id, ''), 'SG-[0-9]{8}')
        WHEN 'VIRTUAL_GROUP' THEN regexp_full_match(coalesce(entity_id, ''), '[A-Za-z0-9_-]{1,40}')
        WHEN 'APM_ENTITY' THEN regexp_full_match(coalesce(entity_id, ''), '[A-Za-z0-9_-]{1,40}') ELSE true END
    AND blank_or_yes_no(mips_eligible) AND blank_or_yes_no(pi_reweighting)
    AND (upper(reporting_level) <> 'INDIVIDUAL' OR (blank_or_yes_no(reports_pi) AND blank_or_yes_no(sra)
        AND blank_or_yes_no(safer) AND blank_or_yes_no(info_blocking) AND blank_or_yes_no(onc_direct_review)
        AND blank_or_date(pi_period_start) AND blank_or_date(pi_period_end)))
QUALIFY row_number() OVER (PARTITION BY tin, npi, upper(reporting_level),
    CASE WHEN upper(reporting_level) IN ('GROUP', 'INDIVIDUAL') THEN tin ELSE entity_id END ORDER BY line) = 1;

-- Each eligible path's PI source and verdict; an individual falls back to its TIN's group checklist.
CREATE TABLE path_verdicts AS
SELECT p.tin, p.npi, p.eligible, CASE WHEN p.level = 'INDIVIDUAL' THEN ie.score ELSE se.score END AS score,
    CASE WHEN NOT p.eligible THEN 'NOT_ELIGIBLE'
        WHEN p.level = 'INDIVIDUAL' THEN CASE WHEN NOT p.reports AND p.reweighted THEN 'REWEIGHTED'
            WHEN NOT p.reports THEN 'AT_RISK' WHEN len(i.f) = 0 THEN 'READY' ELSE 'AT_RISK' END
        WHEN v.status IS NULL THEN 'AT_RISK' ELSE v.status END AS status,
    CASE WHEN NOT p.eligible THEN []
        WHEN p.level = 'INDIVIDUAL' THEN CASE WHEN NOT p.reports THEN
            CASE WHEN p.reweighted THEN [] ELSE ['PI_NOT_REPORTED'] END ELSE i.f END
        WHEN v.status IS NULL THEN ['PI_SOURCE_MISSING'] ELSE v.codes END AS codes
FROM (SELECT p.*, CASE WHEN p.level = 'SUBGROUP' THEN 'GROUP' ELSE p.level END AS source_type,
        CASE WHEN p.level = 'SUBGROUP' THEN sg.affiliated_tin ELSE p.eid END AS source_id
    FROM paths p LEFT JOIN entities sg ON p.level = 'SUBGROUP' AND sg.type = 'SUBGROUP' AND sg.id = p.eid) p
LEFT JOIN verdicts v ON p.level <> 'INDIVIDUAL' AND v.type = p.source_type AND v.id = p.source_id
LEFT JOIN estimates se ON p.level <> 'INDIVIDUAL' AND se.type = p.source_type AND se.id = p.source_id AND se.npi = ''
LEFT JOIN estimates ie ON p.level = 'INDIVIDUAL' AND ie.type = 'INDIVIDUAL' AND ie.id = p.tin AND ie.npi = p.npi
LEFT JOIN (
    SELECT p.tin, p.npi, list_concat(findings(p.reports, p.cehrt_id, p.s, p.e, p.sra, p.safer, p.info_blocking,
        p.onc_direct_review, checklist_code(coalesce(own.any_rows, grp.any_rows),
            coalesce(own.in_year, false) OR coalesce(grp.in_year, false),
            CASE WHEN coalesce(own.in_year, false) THEN oc.complete IS NOT NULL ELSE gc.complete IS NOT NULL END,
            coalesce(CASE WHEN coalesce(own.in_year, false) THEN oc.complete ELSE gc.complete END, false))),
        coalesce(mv.codes, ['PI_MEASURES_MISSING'])) AS f
    FROM paths p
    LEFT JOIN measure_verdicts mv ON mv.type = 'INDIVIDUAL' AND mv.id = p.tin AND mv.npi = p.npi
    LEFT JOIN assessed own ON own.type = 'INDIVIDUAL' AND own.id = p.tin AND own.npi = p.npi
    LEFT JOIN complete oc ON oc.type = 'INDIVIDUAL' AND oc.id = p.tin AND oc.npi = p.npi
    LEFT JOIN assessed grp ON grp.type = 'GROUP' AND grp.id = p.tin AND grp.npi = ''
    LEFT JOIN complete gc ON gc.type = 'GROUP' AND gc.id = p.tin AND gc.npi = ''
    WHERE p.level = 'INDIVIDUAL') i ON p.level = 'INDIVIDUAL' AND i.tin = p.tin AND i.npi = p.npi;

-- A TIN/NPI takes its best path; at risk only when every path is, with the union of their reasons.
COPY (
    SELECT tin, npi, array_to_string(list_sort(list_distinct(flatten(list(codes)))), ';') AS reason_codes
    FROM path_verdicts GROUP BY tin, npi
    HAVING bool_and(eligible) AND bool_and(status = 'AT_RISK')
    ORDER BY tin, npi
) TO '${OUT}' (HEADER, DELIMITER ',');

-- Each TIN/NPI's estimated score (§9.2): READY, the highest of its READY paths' sources; AT_RISK 0; otherwise none.
COPY (
    SELECT tin, npi, CASE WHEN NOT bool_and(eligible) THEN ''
        WHEN bool_or(status = 'READY') THEN coalesce(CAST(max(score) FILTER (WHERE status = 'READY') AS VARCHAR), '')
        WHEN bool_or(status = 'REWEIGHTED') THEN '' ELSE '0' END AS estimated_pi_score
    FROM path_verdicts GROUP BY tin, npi ORDER BY tin, npi
) TO '${SCORES}' (HEADER, DELIMITER ',');

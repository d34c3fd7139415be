-- entity_key(name): scalar macro, one row per input name (a scalar): the form names are
-- compared in, here and in chronicle.merge.name_key: lower case, no trailing possessive ('s),
-- no leading "the", no dots, single spaces. 'North Korea''s' -> 'north korea', 'the U.S.' -> 'us'.
create or replace macro entity_key(name) as
    trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        lower(trim(name)), '(''s|’s|''|’)$', ''), '^the\s+', ''), '\.', '', 'g'), '\s+', ' ', 'g'));

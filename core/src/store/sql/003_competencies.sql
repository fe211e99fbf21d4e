-- The competency framework (built-in from the seed, user-extensible), self-reviews with their
-- ratings (history is never overwritten), and reflection prompts.

CREATE TABLE competencies (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,          -- stable key of a built-in
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    tag         TEXT    NOT NULL UNIQUE,          -- entries with this tag count as evidence
    groups      TEXT    NOT NULL,                 -- space-joined: leadership senior staff_principal manager custom
    position    INTEGER NOT NULL,
    archived_at TEXT,
    created_at  TEXT    NOT NULL
);

CREATE TABLE self_reviews (
    id          INTEGER PRIMARY KEY,
    reviewed_on TEXT    NOT NULL,                 -- YYYY-MM-DD
    created_at  TEXT    NOT NULL
);

CREATE TABLE ratings (
    id            INTEGER PRIMARY KEY,
    review_id     INTEGER NOT NULL REFERENCES self_reviews (id) ON DELETE CASCADE,
    competency_id INTEGER NOT NULL REFERENCES competencies (id),
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    note          TEXT    NOT NULL DEFAULT '',
    UNIQUE (review_id, competency_id)
);

CREATE INDEX ratings_by_competency ON ratings (competency_id, review_id);

-- A prompt belongs to a quarter of the track (by number) or to a competency.
CREATE TABLE prompts (
    id            INTEGER PRIMARY KEY,
    quarter       INTEGER CHECK (quarter BETWEEN 1 AND 4),
    competency_id INTEGER REFERENCES competencies (id) ON DELETE CASCADE,
    text          TEXT    NOT NULL,
    builtin       INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    hidden_at     TEXT,                           -- hidden prompts are never offered
    created_at    TEXT    NOT NULL,
    CHECK ((quarter IS NULL) <> (competency_id IS NULL))
);

INSERT INTO competencies (slug, name, description, tag, groups, position, created_at) VALUES
 ('strategic-thinking', 'Strategic thinking', 'Seeing where the business is going and choosing what matters most.', 'strategic-thinking', 'leadership', 1, '2026-01-01T00:00:00.000Z'),
 ('resource-allocation', 'Resource allocation', 'Putting people, time and money where they return the most.', 'resource-allocation', 'leadership staff_principal', 2, '2026-01-01T00:00:00.000Z'),
 ('coaching', 'Coaching', 'Helping others grow by asking, not telling.', 'coaching', 'leadership', 3, '2026-01-01T00:00:00.000Z'),
 ('cross-functional-collaboration', 'Cross-functional collaboration', 'Working as one team with product, design, sales and support.', 'cross-functional', 'leadership', 4, '2026-01-01T00:00:00.000Z'),
 ('translating-technical-to-business', 'Translating technical to business', 'Explaining technical work in terms of customers, money and risk.', 'tech-to-business', 'leadership', 5, '2026-01-01T00:00:00.000Z'),
 ('business-metrics', 'Business metrics', 'Knowing the numbers the business runs on and how your work moves them.', 'business-metrics', 'senior', 6, '2026-01-01T00:00:00.000Z'),
 ('product-strategy', 'Product strategy', 'Understanding why the product is built the way it is, and what comes next.', 'product-strategy', 'senior', 7, '2026-01-01T00:00:00.000Z'),
 ('decisions-in-business-terms', 'Articulating technical decisions in business terms', 'Stating trade-offs as cost, time, risk and customer impact.', 'business-terms', 'senior', 8, '2026-01-01T00:00:00.000Z'),
 ('customer-needs', 'Customer needs', 'Knowing who the customers are and what problem they pay to have solved.', 'customer-needs', 'senior', 9, '2026-01-01T00:00:00.000Z'),
 ('architecture-to-business', 'Connecting architecture to business', 'Aligning architecture with business goals and articulating its ROI.', 'architecture-roi', 'staff_principal', 10, '2026-01-01T00:00:00.000Z'),
 ('executive-communication', 'Executive communication', 'Bottom line first, short, with a clear ask.', 'exec-communication', 'staff_principal', 11, '2026-01-01T00:00:00.000Z'),
 ('cross-functional-influence', 'Cross-functional influence', 'Moving decisions in teams you do not lead.', 'influence', 'staff_principal', 12, '2026-01-01T00:00:00.000Z'),
 ('strategic-frameworks', 'Strategic frameworks', 'Using tools such as OKRs, bets and Wardley maps to reason about strategy.', 'strategic-frameworks', 'manager', 13, '2026-01-01T00:00:00.000Z'),
 ('business-finance', 'Business finance', 'Reading a P&L, budgets and headcount cost.', 'business-finance', 'manager', 14, '2026-01-01T00:00:00.000Z'),
 ('decisions-under-uncertainty', 'Decision-making under uncertainty', 'Deciding well with partial information, and saying how sure you are.', 'uncertainty', 'manager', 15, '2026-01-01T00:00:00.000Z'),
 ('culture-building', 'Culture building', 'Shaping how the team works, on purpose.', 'culture', 'manager', 16, '2026-01-01T00:00:00.000Z');

INSERT INTO prompts (quarter, text, builtin, created_at) VALUES
 (1, 'What did shadowing product teach you about why customers buy?', 1, '2026-01-01T00:00:00.000Z'),
 (1, 'Which line of the P&L does your team''s work move, and by how much?', 1, '2026-01-01T00:00:00.000Z'),
 (1, 'What surprised you in the last board or leadership meeting you attended?', 1, '2026-01-01T00:00:00.000Z'),
 (1, 'Pick a feature you shipped: which business metric did it change, and how do you know?', 1, '2026-01-01T00:00:00.000Z'),
 (1, 'What does the company need to be true next year, and what is your part in it?', 1, '2026-01-01T00:00:00.000Z'),
 (2, 'Which priority call did you make this week, and what did you say no to?', 1, '2026-01-01T00:00:00.000Z'),
 (2, 'If you had to write a one-page brief to an executive today, what would the bottom line be?', 1, '2026-01-01T00:00:00.000Z'),
 (2, 'What did you notice in the last planning session about how trade-offs were decided?', 1, '2026-01-01T00:00:00.000Z'),
 (2, 'What is the biggest bet your team is making, and what would make it wrong?', 1, '2026-01-01T00:00:00.000Z'),
 (2, 'What question did an executive ask that you could not answer yet?', 1, '2026-01-01T00:00:00.000Z'),
 (3, 'Who outside engineering needs to say yes for your initiative to succeed, and what do they care about?', 1, '2026-01-01T00:00:00.000Z'),
 (3, 'Describe a conflict between product, design and engineering this week. What did each side need?', 1, '2026-01-01T00:00:00.000Z'),
 (3, 'Which stakeholder have you not talked to in a while, and what might they be worried about?', 1, '2026-01-01T00:00:00.000Z'),
 (3, 'What did you decide without full agreement, and how did you bring people along?', 1, '2026-01-01T00:00:00.000Z'),
 (4, 'What did you teach someone about strategic thinking this week, and what did they teach you?', 1, '2026-01-01T00:00:00.000Z'),
 (4, 'Which RFC built consensus, and which one stalled? What was different?', 1, '2026-01-01T00:00:00.000Z'),
 (4, 'If you presented at all-hands next week, what is the one idea you would want people to keep?', 1, '2026-01-01T00:00:00.000Z'),
 (4, 'Looking back at the year, what do you now see that you did not see in the first quarter?', 1, '2026-01-01T00:00:00.000Z');

INSERT INTO prompts (competency_id, text, builtin, created_at)
SELECT c.id, p.text, 1, '2026-01-01T00:00:00.000Z'
FROM (
    SELECT 'strategic-thinking' AS slug, 'What is one decision this week that looks different when you think two years ahead?' AS text
    UNION ALL SELECT 'strategic-thinking', 'Where is the business going, and is your team''s roadmap pointed the same way?'
    UNION ALL SELECT 'resource-allocation', 'If your team lost a third of its people tomorrow, what would you stop doing first?'
    UNION ALL SELECT 'resource-allocation', 'Where did time go this week that did not return much?'
    UNION ALL SELECT 'coaching', 'Whom did you help grow this week, and did you ask more than you told?'
    UNION ALL SELECT 'coaching', 'What question could you have asked instead of giving the answer?'
    UNION ALL SELECT 'cross-functional-collaboration', 'What does the product or design team need from engineering that they are not getting?'
    UNION ALL SELECT 'cross-functional-collaboration', 'Which handoff between teams caused friction, and what would fix it?'
    UNION ALL SELECT 'translating-technical-to-business', 'Explain your current technical work to a sales lead in three sentences.'
    UNION ALL SELECT 'translating-technical-to-business', 'What would the CFO need to hear to fund the tech debt you care about?'
    UNION ALL SELECT 'business-metrics', 'Which metric would tell you your last release mattered to customers?'
    UNION ALL SELECT 'business-metrics', 'What is the baseline for the metric your next feature should move?'
    UNION ALL SELECT 'product-strategy', 'Why is the product built the way it is? What would you change first, and why?'
    UNION ALL SELECT 'product-strategy', 'What are competitors doing that your customers notice?'
    UNION ALL SELECT 'decisions-in-business-terms', 'Restate your last technical decision as cost, time, risk and customer impact.'
    UNION ALL SELECT 'decisions-in-business-terms', 'Which trade-off did you explain well this week, and which one fell flat?'
    UNION ALL SELECT 'customer-needs', 'What did you learn about a real customer this week, first-hand?'
    UNION ALL SELECT 'customer-needs', 'Which customer problem would you solve if you had a free month?'
    UNION ALL SELECT 'architecture-to-business', 'Which architecture choice most limits the business today, and what is it costing?'
    UNION ALL SELECT 'architecture-to-business', 'What is the ROI of the system change you most want to make?'
    UNION ALL SELECT 'executive-communication', 'Write the bottom line of your current project in one sentence an executive would act on.'
    UNION ALL SELECT 'executive-communication', 'What was your last ask of leadership, and was it clear what you needed?'
    UNION ALL SELECT 'cross-functional-influence', 'Whose mind did you change this week without authority over them? How?'
    UNION ALL SELECT 'cross-functional-influence', 'Which team''s decision affects you most, and how could you shape it earlier?'
    UNION ALL SELECT 'strategic-frameworks', 'Which framework helped you reason about a choice this month, and where did it mislead?'
    UNION ALL SELECT 'strategic-frameworks', 'Map your team''s work as bets: which are safe, which are big, which should stop?'
    UNION ALL SELECT 'business-finance', 'What does your team cost per month, and what does it bring in or save?'
    UNION ALL SELECT 'business-finance', 'Which budget line would you defend first, and with what numbers?'
    UNION ALL SELECT 'decisions-under-uncertainty', 'What did you decide with incomplete information, and how sure were you?'
    UNION ALL SELECT 'decisions-under-uncertainty', 'Which decision are you putting off, and what would make it safe to decide now?'
    UNION ALL SELECT 'culture-building', 'What behaviour did you reward this week, on purpose or by accident?'
    UNION ALL SELECT 'culture-building', 'What would a new hire learn about your team''s culture in their first week?'
) AS p JOIN competencies c ON c.slug = p.slug;

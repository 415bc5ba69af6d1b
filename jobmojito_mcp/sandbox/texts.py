"""Fixed wording the seeded account is made of: people, roles, questions, answers, prose."""

from __future__ import annotations

MAIN_MERCHANT_NAME = "Acme Talent GmbH"
SUB_MERCHANT_NAME = "Acme Talent Schweiz AG"
EMAIL_DOMAIN = "acme-talent.example"
COACHING_DOMAIN = "coaching.acme-talent.example"

# (name, email, role, status) for the main merchant's team, owner first.
MAIN_TEAM = [
    ("Katrin Vogel", "katrin.vogel@acme-talent.example", "merchant_owner", "active"),
    ("Jonas Becker", "jonas.becker@acme-talent.example", "merchant", "active"),
    ("Lea Hoffmann", "lea.hoffmann@acme-talent.example", "merchant", "inactive"),
]
SUB_TEAM = [
    ("Marco Bernasconi", "marco.bernasconi@acme-talent.example", "merchant_owner", "active"),
]

# (name, email, language, country) — the first twelve candidates of the main merchant.
CANDIDATES = [
    ("Zoë Müller", "zoe.mueller@mail.example", "de", "DE"),
    ("José Ñúñez", "jose.nunez@correo.example", "es", "ES"),
    ("Łukasz Żółć", "lukasz.zolc@poczta.example", "pl", "PL"),
    ("Søren Ødegaard", "soren.odegaard@post.example", "da", "DK"),
    ("佐藤 花子", "hanako.sato@mail.example", "ja", "JP"),
    ("Priya Raman 🚀", "priya.raman@mail.example", "en", "IN"),
    ("Amélie Laurent", "amelie.laurent@courriel.example", "fr", "FR"),
    ("Anna Schmidt", "anna.schmidt@mail.example", "de", "DE"),
    ("Anna Schmidt", "a.schmidt@web.example", "de", "AT"),
    ("Oğuz Çelik", "oguz.celik@posta.example", "tr", "TR"),
    ("Nguyễn Thị Lan", "lan.nguyen@mail.example", "vi", "VN"),
    ("Siobhán O'Brien", "siobhan.obrien@mail.example", "en", "IE"),
]
EXTRA_FIRST_NAMES = [
    "Mateo", "Ingrid", "Kenji", "Fatima", "Lars", "Chiara",
    "Tomasz", "Elif", "Rafael", "Yuki", "Noah", "Maja", "Aurélien", "Åsa",
]  # fmt: skip
EXTRA_LAST_NAMES = [
    "Fernández", "Lindqvist", "Watanabe", "Haddad", "Nielsen", "Bianchi",
    "Wójcik", "Yılmaz", "Costa", "Tanaka", "Weber", "Novák", "Dubois",
]  # fmt: skip
SUB_CANDIDATES = [
    ("Luca Rossi", "luca.rossi@posta.example", "it", "CH"),
    ("Élodie Favre", "elodie.favre@courriel.example", "fr", "CH"),
]

QUESTIONS_BACKEND = [
    "Walk us through an API you designed recently. Which trade-offs did you accept?",
    "How do you roll out a database schema change on a service that must stay up?",
    "Tell us about a production incident you helped resolve and what changed afterwards.",
    "When do you choose a message queue over a direct call between two services?",
    "What does a useful code review look like to you?",
]
QUESTIONS_BACKEND_DE = [
    "Beschreiben Sie eine API, die Sie zuletzt entworfen haben. Welche Kompromisse gab es?",
    "Wie führen Sie eine Datenbankmigration in einem laufenden System durch?",
    "Erzählen Sie von einem Produktionsvorfall, den Sie gelöst haben.",
    "Wie sorgen Sie dafür, dass Ihr Code in zwei Jahren noch wartbar ist?",
]
QUESTIONS_CSM = [
    "How do you run the first ninety days with a newly signed customer?",
    "Describe a time you turned an unhappy account around.",
    "Which signals tell you a customer may not renew?",
    "How do you bring customer feedback to the product team?",
]
QUESTIONS_DATA = [
    "Tell us about a dataset you explored recently. What surprised you?",
    "How would you explain a confidence interval to a colleague from sales?",
    "Which tools do you use to clean messy data, and why those?",
    "Describe a chart you built that changed somebody's decision.",
]
QUESTIONS_SALES = [
    "Pitch our product to us in under a minute.",
    "How do you research an account before the first call?",
    "How do you answer a prospect who says they already have a provider?",
    "What does your ideal prospecting week look like?",
]
QUESTIONS_FRONTEND = [
    "How do you keep a large React codebase fast as it grows?",
    "How do you make accessibility part of the work from the first sprint?",
    "How do you share TypeScript types between the frontend and the backend?",
    "Describe how you test components and complete user flows.",
    "Tell us about a time you pushed back on a design for technical reasons.",
]
QUESTIONS_GENERIC = [
    "What drew you to this role?",
    "Describe a project you are proud of and the part you played in it.",
    "Tell us about a disagreement with a colleague and how it was settled.",
    "How do you prioritise when everything looks urgent?",
    "Where would you like to grow over the next two years?",
]
QUESTIONS_PRACTICE = [
    "Introduce yourself as you would at the start of a real interview.",
    "State your salary expectation and explain how you arrived at it.",
    "Respond to the counter-offer you just heard.",
]

# (name, emoji, language, status, visibility, department, location, questions, keywords)
MAIN_INTERVIEWS = [
    ("Backend Engineer", "🐍", "en", "active", "merchant_public", "Engineering", "Remote (EU)",
     QUESTIONS_BACKEND, ["python", "api", "postgresql", "aws", "docker", "kubernetes"]),
    ("Backend Engineer (Berlin)", "🇩🇪", "de", "active", "merchant_invite", "Engineering",
     "Berlin", QUESTIONS_BACKEND_DE, ["python", "go", "postgresql", "kafka", "api"]),
    ("Customer Success Manager", "🤝", "en", "active", "merchant_public", "Customer Success",
     "Munich", QUESTIONS_CSM, ["customer", "saas", "renewal", "onboarding", "crm"]),
    ("Data Analyst Intern", "📊", "en", "draft", "merchant_unlisted", "Finance", "Hamburg",
     QUESTIONS_DATA, ["sql", "python", "statistics", "excel", "tableau"]),
    ("Sales Development Representative", "📞", "en", "archived", "merchant_public", "Sales",
     "Vienna", QUESTIONS_SALES, ["sales", "prospecting", "crm", "cold calling", "b2b"]),
]  # fmt: skip
POSITION_NAME = "Senior Frontend Engineer"
POSITION_STAGE_NAME = "Senior Frontend Engineer – Technical Interview"
POSITION_KEYWORDS = ["react", "typescript", "css", "accessibility", "testing", "next.js"]
EXTRA_INTERVIEW_NAMES = [
    "Product Designer", "DevOps Engineer", "Werkstudent Marketing", "Head of People",
    "QA Automation Engineer", "Technical Support Specialist", "Finance Controller",
    "Mobile Developer (iOS)", "Recruiting Coordinator", "Site Reliability Engineer",
]  # fmt: skip
SUB_INTERVIEWS = [
    ("Kundenberater/in (Zürich)", "🏦", "de", "active", "merchant_public", "Retail", "Zürich",
     QUESTIONS_CSM, ["kunden", "beratung", "bank"]),
    ("Backend Engineer", "🐍", "en", "active", "merchant_public", "Engineering", "Basel",
     QUESTIONS_BACKEND, ["python", "api", "postgresql"]),
]  # fmt: skip

ANSWER_SENTENCES = [
    "In my last role I owned the billing service end to end.",
    "We started by writing down what success would look like for the users.",
    "I split the change into small steps so that each one could be rolled back.",
    "The hardest part was agreeing on the contract with the other team.",
    "I measured the baseline first, because guessing had failed us before.",
    "Looking back, I would involve support earlier.",
    "We added a feature flag and moved traffic over in stages.",
    "I paired with a junior colleague, which also spread the knowledge.",
    "The result was a forty percent drop in response time.",
    "I wrote a short design note and asked for objections before building anything.",
    "Honestly, my first attempt did not work and I had to rethink the approach.",
    "Our customers noticed the difference within a week.",
    "I kept the stakeholders informed with a weekly two-line update.",
    "We documented the decision so the next person would know why.",
    "I think clear ownership matters more than the choice of tool.",
    "The numbers convinced the sceptics more than any slide did.",
]
ANSWER_SENTENCES_DE = [
    "In meiner letzten Position war ich für den Zahlungsdienst verantwortlich.",
    "Zuerst haben wir das Ziel gemeinsam mit dem Fachbereich festgelegt.",
    "Ich habe die Änderung in kleine, umkehrbare Schritte aufgeteilt.",
    "Am schwierigsten war die Abstimmung mit dem anderen Team.",
    "Danach haben wir die Antwortzeiten deutlich verbessert.",
    "Rückblickend würde ich den Support früher einbinden.",
]

HIRE_REASONS = [
    "Explains technical trade-offs clearly and with concrete numbers.",
    "Shows ownership of outcomes, not only of tasks.",
    "Communicates calmly under pressure.",
    "Has hands-on experience with the core stack.",
]
NO_HIRE_REASONS = [
    "Little evidence of working with larger teams.",
    "Answers on testing stayed general.",
    "Salary expectation is above the advertised range.",
]
RISK_KEYS = ["looking_away", "reading_answers", "second_voice", "tab_switching"]

PERSONA_SENTENCES = [
    "The avatar speaks in a warm, even voice and keeps sentences short.",
    "It greets the candidate by name and explains how the conversation will run.",
    "When an answer is vague it asks one follow-up question before moving on.",
    "It never reveals the scoring rubric or hints at a preferred answer.",
    "It keeps a neutral expression and nods briefly after each answer.",
    "If the candidate goes silent for a long time it offers to repeat the question.",
    "It avoids jokes, slang and idioms that do not translate well.",
    "Questions about salary or benefits are noted and passed on to the recruiter.",
    "It thanks the candidate at the end and explains what happens next.",
    "The background shows a bright office with plants and soft daylight.",
    "It pauses for two seconds after each question so the candidate can think.",
    "It addresses the candidate formally unless asked to switch to first names.",
    "When the candidate asks for clarification it rephrases rather than repeats.",
    "It does not interrupt, even when an answer runs long.",
    "Technical terms are pronounced the way practitioners say them.",
]
AVATAR_NAMES = [
    ("Clara – HR Partner", "interactive_heygen", "en", "English (United States)"),
    ("Jonas – Tech Lead", "interactive_heygen", "de", "German (Germany)"),
    ("Mia – Voice Recruiter", "interactive_elevenlabs", "en", "English (United Kingdom)"),
    ("Hiroshi – Interviewer", "offline_heygen", "ja", "Japanese (Japan)"),
    ("Sofía – Customer", "interactive_elevenlabs", "es", "Spanish (Spain)"),
    ("Élise – Coach", "offline_synthesia", "fr", "French (France)"),
    ("Tomás – Sales Lead", "offline_elai", "pt", "Portuguese (Portugal)"),
    ("Aylin – Recruiter", "interactive_heygen", "tr", "Turkish (Türkiye)"),
    ("Noah – Graduate Recruiter", "interactive_heygen", "en", "English (Ireland)"),
]
PUBLIC_AVATAR_NAMES = [
    ("Mojito – Default Interviewer", "interactive_heygen", "en", "English (United States)"),
    ("Mojito – Voice Only", "interactive_elevenlabs", "en", "English (United States)"),
    ("Mojito – Interviewerin", "interactive_heygen", "de", "German (Germany)"),
]

KNOWLEDGE_BASE_STORES = ["Employee Handbook 2026", "Engineering Onboarding", "Product FAQ"]
SUB_KNOWLEDGE_BASE_STORES = ["Filialhandbuch"]

EDUCATION_LEVELS = [
    "primary school", "high school no graduation", "high school", "vocational",
    "bachelors", "masters", "doctorate",
]  # fmt: skip

# Questions "generated" for job-interview-create, filled in with the position name.
GENERATED_QUESTIONS = [
    "What experience do you bring that matters most for the {role} role?",
    "Describe a typical week in your current job and what you would change about it.",
    "Tell us about a result you are proud of and how you measured it.",
    "Which part of the {role} role would be new to you, and how would you learn it?",
    "How do you keep colleagues informed when a deadline is at risk?",
    "Tell us about feedback that changed the way you work.",
    "What would you focus on during your first month as {role}?",
    "Describe a decision you made with incomplete information.",
    "How do you handle two stakeholders who want opposite things?",
    "What question should we have asked you but did not?",
]

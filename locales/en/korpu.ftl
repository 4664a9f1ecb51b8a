### korpu user interface strings
###
### English (en). Used by the web editor and the CLI. The same message ids
### exist in locales/az/korpu.ftl and locales/ru/korpu.ftl.
### $count, $number, $revision, $translated, $total, $percent and $score are
### numbers; $article, $file, $message, $query and $user are strings.

-brand-name = korpu

app-title = { -brand-name } translation editor

## Segment statuses, in workflow order

status-new = New
status-draft = Draft
status-translated = Translated
status-reviewed = Reviewed
status-approved = Approved

## Column headings

column-article = Article
column-language = Language
column-segments = Segments
column-progress = Progress
column-title = Title
column-status = Status

## Actions

action-confirm = Confirm
action-save = Save
action-next-segment = Next segment
action-previous-segment = Previous segment
action-insert-suggestion = Insert suggestion
action-search-memory = Search the memory

search-field =
    .placeholder = Type a word or phrase…

## Messages

segments-count =
    { $count ->
        [one] { $count } segment
       *[other] { $count } segments
    }

untranslated-count =
    { $count ->
        [one] { $count } segment still needs translating
       *[other] { $count } segments still need translating
    }

# $percent is the share of translated segments, 0 to 100.
progress-summary = Translated: { $translated } of { $total } ({ $percent }%)

segment-saved = Segment { $number } saved.

segment-confirmed = Segment { $number } confirmed.

# Shown when a save is refused because the stored revision moved on.
stale-revision = Someone else changed this segment (revision { $revision }). Reload to see their version.

unsaved-changes = You have unsaved changes. Leave the page anyway?

empty-translation = The translation is empty. Enter a translation before confirming the segment.

missing-tags =
    { $count ->
        [one] The translation is missing { $count } tag from the source.
       *[other] The translation is missing { $count } tags from the source.
    }

last-edited = Last edited by { $user }

memory-suggestions =
    { $count ->
        [one] { $count } suggestion from the translation memory
       *[other] { $count } suggestions from the translation memory
    }

# $score is the fuzzy-match score, 0 to 100.
memory-match = { $score }% match

memory-no-results = No matches for “{ $query }” in the translation memory.

memory-imported =
    { $count ->
        [one] Imported { $count } translation unit from { $file }.
       *[other] Imported { $count } translation units from { $file }.
    }

article-not-found = Article “{ $article }” was not found.

# Uses segments-count, which takes the same $count.
segment-out-of-range = Segment { $number } does not exist: the article has { segments-count }.

connection-lost = Connection lost. { -brand-name } keeps your changes and will save them when the connection is back.

## Web editor

# The name of this language, written in it, for the language switcher.
ui-language-name = English
ui-language = Interface language
# Language names for the article and target-language columns, where the
# browser has none of its own for the interface language.
language-en = English
language-az = Azerbaijani
language-ru = Russian
articles-heading = Articles
articles-empty = No articles yet. Add one with “korpu article add”.
target-language = Target language
# $percent is 0 to 100.
percent = { $percent }%
shortcuts-help = Ctrl+Enter confirms and moves on · Ctrl+1…5 inserts a suggestion · Alt+↑/↓ moves between segments
segment-unsaved = Not saved yet
article-end = That was the last segment of the article.
severity-error = Error
severity-warning = Warning
suggestions-heading = Translation memory
suggestions-loading = Searching…
suggestions-none = No suggestions for this segment.
# $number is 1 to 5.
suggestion-insert-hint = Click or press Ctrl+{ $number } to insert this translation
numbers-carried = numbers carried over
# A 101% match: the same text with the same neighbouring segments.
match-context = same context
concordance-heading = Concordance
concordance-count =
    { $count ->
        [one] Found in { $count } unit
       *[other] Found in { $count } units
    }
# $user made the newer change (or is the message someone); $revision is the
# segment's revision now.
stale-conflict = This segment was changed meanwhile by { $user } (revision { $revision }). Their text:
someone = someone else
stale-take-theirs = Take theirs
stale-keep-mine = Keep mine
# $message is the server's explanation.
error-generic = Something went wrong: { $message }
error-forbidden = Your token does not allow this: { $message }
token-button = Access token
token-heading = Access token
token-prompt = This server asks for an access token. Ask an editor for one (korpu token create) and paste it here; it is kept for this browser tab only.
token-use = Use this token
connection-back = The connection is back; your changes are saved.

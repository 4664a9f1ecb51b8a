### korpu user interface strings
###
### Russian (ru). Used by the web editor and the CLI. The message ids are the
### same as in locales/en/korpu.ftl.
### Plural variants follow CLDR: [one] 1, 21, 31…; [few] 2–4, 22–24…;
### [many] 0, 5–20, 25–30…; [other] fractions (1,5 сегмента).

-brand-name = korpu

app-title = Редактор переводов { -brand-name }

## Segment statuses, in workflow order (they agree with «сегмент»)

status-new = Новый
status-draft = Черновик
status-translated = Переведён
status-reviewed = Проверен
status-approved = Утверждён

## Column headings

column-article = Статья
column-language = Язык
column-segments = Сегменты
column-progress = Прогресс
column-title = Заголовок
column-status = Статус

## Actions

action-confirm = Подтвердить
action-save = Сохранить
action-next-segment = Следующий сегмент
action-previous-segment = Предыдущий сегмент
action-insert-suggestion = Вставить подсказку
action-search-memory = Искать в памяти переводов

search-field =
    .placeholder = Введите слово или фразу…

## Messages

segments-count =
    { $count ->
        [one] { $count } сегмент
        [few] { $count } сегмента
        [many] { $count } сегментов
       *[other] { $count } сегмента
    }

untranslated-count =
    { $count ->
        [one] Осталось перевести { $count } сегмент
        [few] Осталось перевести { $count } сегмента
        [many] Осталось перевести { $count } сегментов
       *[other] Осталось перевести { $count } сегмента
    }

progress-summary = Переведено: { $translated } из { $total } ({ $percent }%)

segment-saved = Сегмент { $number } сохранён.

segment-confirmed = Сегмент { $number } подтверждён.

stale-revision = Этот сегмент изменил другой пользователь (версия { $revision }). Перезагрузите сегмент, чтобы увидеть его вариант.

unsaved-changes = Есть несохранённые изменения. Всё равно покинуть страницу?

empty-translation = Перевод пуст. Введите перевод, прежде чем подтвердить сегмент.

missing-tags =
    { $count ->
        [one] В переводе не хватает { $count } тега из исходного текста.
        [few] В переводе не хватает { $count } тегов из исходного текста.
        [many] В переводе не хватает { $count } тегов из исходного текста.
       *[other] В переводе не хватает { $count } тега из исходного текста.
    }

last-edited = Последняя правка: { $user }

memory-suggestions =
    { $count ->
        [one] { $count } подсказка из памяти переводов
        [few] { $count } подсказки из памяти переводов
        [many] { $count } подсказок из памяти переводов
       *[other] { $count } подсказки из памяти переводов
    }

memory-match = Совпадение { $score }%

memory-no-results = По запросу «{ $query }» в памяти переводов ничего не найдено.

memory-imported =
    { $count ->
        [one] Из файла { $file } импортирована { $count } единица перевода.
        [few] Из файла { $file } импортированы { $count } единицы перевода.
        [many] Из файла { $file } импортировано { $count } единиц перевода.
       *[other] Из файла { $file } импортировано { $count } единицы перевода.
    }

article-not-found = Статья «{ $article }» не найдена.

segment-out-of-range = Сегмента { $number } нет: в статье { segments-count }.

connection-lost = Соединение потеряно. { -brand-name } сохранит ваши изменения, когда связь восстановится.

## Web editor

language-en = английский
language-az = азербайджанский
language-ru = русский
ui-language-name = Русский
ui-language = Язык интерфейса
articles-heading = Статьи
articles-empty = Статей пока нет. Добавьте статью командой «korpu article add».
target-language = Язык перевода
percent = { $percent }%
shortcuts-help = Ctrl+Enter — подтвердить и перейти дальше · Ctrl+1…5 — вставить подсказку · Alt+↑/↓ — перейти к другому сегменту
segment-unsaved = Не сохранено
article-end = Это был последний сегмент статьи.
severity-error = Ошибка
severity-warning = Предупреждение
suggestions-heading = Память переводов
suggestions-loading = Поиск…
suggestions-none = Для этого сегмента подсказок нет.
suggestion-insert-hint = Щёлкните или нажмите Ctrl+{ $number }, чтобы вставить этот перевод
numbers-carried = числа перенесены из оригинала
match-context = тот же контекст
concordance-heading = Конкорданс
# Fractions take the genitive singular: «в 1,5 единицы».
concordance-count =
    { $count ->
        [one] Найдено в { $count } единице
        [few] Найдено в { $count } единицах
        [many] Найдено в { $count } единицах
       *[other] Найдено в { $count } единицы
    }
stale-conflict = Пока вы редактировали, этот сегмент изменили (автор правки: { $user }, версия { $revision }). Текущий текст:
someone = другой пользователь
stale-take-theirs = Взять чужую версию
stale-keep-mine = Оставить свою
error-generic = Что-то пошло не так: { $message }
error-forbidden = Ваш токен не даёт права на это действие: { $message }
token-button = Токен доступа
token-heading = Токен доступа
token-prompt = Этот сервер требует токен доступа. Попросите токен у редактора (korpu token create) и вставьте его сюда; он хранится только в этой вкладке браузера.
token-use = Использовать токен
connection-back = Соединение восстановлено, изменения сохранены.

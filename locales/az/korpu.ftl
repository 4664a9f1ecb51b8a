### korpu user interface strings
###
### Azerbaijani (az, Latin script). Used by the web editor and the CLI. The
### message ids are the same as in locales/en/korpu.ftl.
### After a numeral the Azerbaijani noun stays singular (1 seqment, 5 seqment),
### so the [one] and [other] variants read the same. No case suffix is attached
### to a variable: its form would depend on how the value is pronounced.

-brand-name = korpu

app-title = { -brand-name } tərcümə redaktoru

## Segment statuses, in workflow order

status-new = Yeni
status-draft = Qaralama
status-translated = Tərcümə olunub
status-reviewed = Yoxlanılıb
status-approved = Təsdiqlənib

## Column headings

column-article = Məqalə
column-language = Dil
column-segments = Seqmentlər
column-progress = İrəliləyiş
column-title = Başlıq
column-status = Status

## Actions

action-confirm = Təsdiqlə
action-save = Yadda saxla
action-next-segment = Növbəti seqment
action-previous-segment = Əvvəlki seqment
action-insert-suggestion = Təklifi daxil et
action-search-memory = Tərcümə yaddaşında axtar

search-field =
    .placeholder = Söz və ya ifadə daxil edin…

## Messages

segments-count =
    { $count ->
        [one] { $count } seqment
       *[other] { $count } seqment
    }

untranslated-count =
    { $count ->
        [one] Tərcümə olunmamış { $count } seqment qalıb
       *[other] Tərcümə olunmamış { $count } seqment qalıb
    }

progress-summary = Tərcümə olunub: { $total } seqmentdən { $translated } ({ $percent }%)

segment-saved = { $number } nömrəli seqment yadda saxlanıldı.

segment-confirmed = { $number } nömrəli seqment təsdiqləndi.

stale-revision = Bu seqmenti başqa istifadəçi dəyişib (versiya { $revision }). Onun variantını görmək üçün seqmenti yenidən yükləyin.

unsaved-changes = Yadda saxlanılmamış dəyişikliklər var. Yenə də səhifədən çıxmaq istəyirsiniz?

empty-translation = Tərcümə boşdur. Seqmenti təsdiqləməzdən əvvəl tərcüməni daxil edin.

missing-tags =
    { $count ->
        [one] Tərcümədə mənbə mətnin { $count } teqi çatışmır.
       *[other] Tərcümədə mənbə mətnin { $count } teqi çatışmır.
    }

last-edited = Son düzəliş: { $user }

memory-suggestions =
    { $count ->
        [one] Tərcümə yaddaşından { $count } təklif
       *[other] Tərcümə yaddaşından { $count } təklif
    }

memory-match = { $score }% uyğunluq

memory-no-results = Tərcümə yaddaşında “{ $query }” üçün uyğunluq tapılmadı.

memory-imported =
    { $count ->
        [one] { $file } faylından { $count } tərcümə vahidi idxal edildi.
       *[other] { $file } faylından { $count } tərcümə vahidi idxal edildi.
    }

article-not-found = “{ $article }” məqaləsi tapılmadı.

segment-out-of-range = { $number } nömrəli seqment yoxdur: məqalədə { segments-count } var.

connection-lost = Bağlantı kəsildi. { -brand-name } dəyişikliklərinizi itirməyəcək və bağlantı bərpa olunanda onları yadda saxlayacaq.

## Web editor

language-en = ingilis dili
language-az = Azərbaycan dili
language-ru = rus dili
ui-language-name = Azərbaycanca
ui-language = İnterfeys dili
articles-heading = Məqalələr
articles-empty = Hələ məqalə yoxdur. “korpu article add” əmri ilə məqalə əlavə edin.
target-language = Tərcümə dili
percent = { $percent }%
shortcuts-help = Ctrl+Enter təsdiqləyib növbəti seqmentə keçir · Ctrl+1…5 təklifi daxil edir · Alt+↑/↓ seqmentlər arasında keçir
segment-unsaved = Hələ yadda saxlanılmayıb
article-end = Bu, məqalənin son seqmenti idi.
severity-error = Xəta
severity-warning = Xəbərdarlıq
suggestions-heading = Tərcümə yaddaşı
suggestions-loading = Axtarılır…
suggestions-none = Bu seqment üçün təklif yoxdur.
suggestion-insert-hint = Bu tərcüməni daxil etmək üçün üzərinə klikləyin və ya Ctrl+{ $number } düymələrini basın
numbers-carried = rəqəmlər mənbədən köçürülüb
match-context = eyni kontekst
concordance-heading = Konkordans
concordance-count =
    { $count ->
        [one] { $count } vahiddə tapıldı
       *[other] { $count } vahiddə tapıldı
    }
stale-conflict = Siz işləyərkən bu seqment dəyişdirilib (müəllif: { $user }, versiya { $revision }). Hazırkı mətn:
someone = başqa istifadəçi
stale-take-theirs = Yeni variantı götür
stale-keep-mine = Öz variantımı saxla
error-generic = Xəta baş verdi: { $message }
error-forbidden = Tokeniniz buna icazə vermir: { $message }
token-button = Giriş tokeni
token-heading = Giriş tokeni
token-prompt = Bu server giriş tokeni tələb edir. Redaktordan token istəyin (korpu token create) və onu bura yapışdırın; token yalnız bu brauzer vərəqində saxlanılır.
token-use = Bu tokeni istifadə et
connection-back = Bağlantı bərpa olundu; dəyişiklikləriniz yadda saxlanıldı.

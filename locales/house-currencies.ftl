### House style for currency names: these win over CLDR in the generated
### locales/{en,az,ru}/currencies.ftl (regenerate with
### `cargo run --example gen_currencies -- --write`).
###
### A message LANG-CODE (az-usd) gives the display name of CODE in LANG. Attributes
### named after the plural categories of LANG (.one, .other; ru also .few, .many)
### give the forms used after a number; without them the amounts keep CLDR's forms.
### An override that says what CLDR says changes nothing.

## Azerbaijani: the names of the Central Bank of Azerbaijan's rate table, as the
## newsroom prints them (CLDR capitalises them as titles: "ABŞ Dolları").

az-chf = İsveçrə frankı
az-gbp = İngiltərə funt sterlinqi
    .one = İngiltərə funt sterlinqi
    .other = İngiltərə funt sterlinqi
az-gel = Gürcüstan larisi
az-irr = İran rialı
az-kwd = Küveyt dinarı
az-sek = İsveç kronu
az-try = Türkiyə lirəsi
az-usd = ABŞ dolları

### Currency names and amounts (ru), generated from CLDR: do not edit.
###
### Regenerate with `cargo run --example gen_currencies -- --write` after
### changing locales/house-currencies.ftl (house style, which wins over CLDR)
### or the CLDR data (currencies_cldr_en_az_ru.json in the shared data folder).
###
### 282 currencies, 0 names in house style.
### currency-CODE: the display name; .symbol and .symbol-narrow where CLDR
### has a symbol other than the code.
### currency-CODE-amount: an amount of the currency. $amount is the number
### (it selects the CLDR plural category: one, few, many, other); $formatted is the same
### number written in this locale's notation (korpu::text::format_number),
### as Fluent does not format numbers per locale.

currency-adp = Андоррская песета
currency-adp-amount =
    { $amount ->
        [one] { $formatted } андоррская песета
        [few] { $formatted } андоррские песеты
        [many] { $formatted } андоррских песет
       *[other] { $formatted } андоррских песет
    }

currency-aed = дирхам ОАЭ
currency-aed-amount =
    { $amount ->
        [one] { $formatted } дирхам ОАЭ
        [few] { $formatted } дирхама ОАЭ
        [many] { $formatted } дирхамов ОАЭ
       *[other] { $formatted } дирхама ОАЭ
    }

currency-afa = Афгани (1927–2002)
currency-afa-amount =
    { $amount ->
        [one] { $formatted } Афгани (1927–2002)
        [few] { $formatted } Афгани (1927–2002)
        [many] { $formatted } Афгани (1927–2002)
       *[other] { $formatted } Афгани (1927–2002)
    }

currency-afn = афгани
    .symbol-narrow = ؋
currency-afn-amount =
    { $amount ->
        [one] { $formatted } афгани
        [few] { $formatted } афгани
        [many] { $formatted } афгани
       *[other] { $formatted } афгани
    }

currency-all = албанский лек
currency-all-amount =
    { $amount ->
        [one] { $formatted } албанский лек
        [few] { $formatted } албанских лека
        [many] { $formatted } албанских леков
       *[other] { $formatted } албанского лека
    }

currency-amd = армянский драм
    .symbol-narrow = ֏
currency-amd-amount =
    { $amount ->
        [one] { $formatted } армянский драм
        [few] { $formatted } армянских драма
        [many] { $formatted } армянских драмов
       *[other] { $formatted } армянского драма
    }

currency-ang = нидерландский антильский гульден
currency-ang-amount =
    { $amount ->
        [one] { $formatted } нидерландский антильский гульден
        [few] { $formatted } нидерландских антильских гульдена
        [many] { $formatted } нидерландских антильских гульденов
       *[other] { $formatted } нидерландского антильского гульдена
    }

currency-aoa = ангольская кванза
    .symbol-narrow = Kz
currency-aoa-amount =
    { $amount ->
        [one] { $formatted } ангольская кванза
        [few] { $formatted } ангольские кванзы
        [many] { $formatted } ангольских кванз
       *[other] { $formatted } ангольской кванзы
    }

currency-aok = Ангольская кванза (1977–1990)
currency-aok-amount =
    { $amount ->
        [one] { $formatted } ангольских кванз (1977–1991)
        [few] { $formatted } ангольские кванзы (1977–1991)
        [many] { $formatted } ангольских кванз (1977–1991)
       *[other] { $formatted } ангольских кванз (1977–1991)
    }

currency-aon = Ангольская новая кванза (1990–2000)
currency-aon-amount =
    { $amount ->
        [one] { $formatted } Ангольская новая кванза (1990–2000)
        [few] { $formatted } Ангольская новая кванза (1990–2000)
        [many] { $formatted } Ангольская новая кванза (1990–2000)
       *[other] { $formatted } Ангольская новая кванза (1990–2000)
    }

currency-aor = Ангольская кванза реюстадо (1995–1999)
currency-aor-amount =
    { $amount ->
        [one] { $formatted } ангольских кванз реюстадо (1995–1999)
        [few] { $formatted } ангольские кванзы реюстадо (1995–1999)
        [many] { $formatted } ангольских кванз реюстадо (1995–1999)
       *[other] { $formatted } ангольских кванз реюстадо (1995–1999)
    }

currency-ara = Аргентинский аустрал
currency-ara-amount =
    { $amount ->
        [one] { $formatted } Аргентинский аустрал
        [few] { $formatted } Аргентинский аустрал
        [many] { $formatted } Аргентинский аустрал
       *[other] { $formatted } Аргентинский аустрал
    }

currency-arp = Аргентинское песо (1983–1985)
currency-arp-amount =
    { $amount ->
        [one] { $formatted } Аргентинское песо (1983–1985)
        [few] { $formatted } Аргентинское песо (1983–1985)
        [many] { $formatted } Аргентинское песо (1983–1985)
       *[other] { $formatted } Аргентинское песо (1983–1985)
    }

currency-ars = аргентинский песо
    .symbol-narrow = $
currency-ars-amount =
    { $amount ->
        [one] { $formatted } аргентинский песо
        [few] { $formatted } аргентинских песо
        [many] { $formatted } аргентинских песо
       *[other] { $formatted } аргентинского песо
    }

currency-ats = Австрийский шиллинг
currency-ats-amount =
    { $amount ->
        [one] { $formatted } Австрийский шиллинг
        [few] { $formatted } Австрийский шиллинг
        [many] { $formatted } Австрийский шиллинг
       *[other] { $formatted } Австрийский шиллинг
    }

currency-aud = австралийский доллар
    .symbol = A$
    .symbol-narrow = $
currency-aud-amount =
    { $amount ->
        [one] { $formatted } австралийский доллар
        [few] { $formatted } австралийских доллара
        [many] { $formatted } австралийских долларов
       *[other] { $formatted } австралийского доллара
    }

currency-awg = арубанский флорин
currency-awg-amount =
    { $amount ->
        [one] { $formatted } арубанский флорин
        [few] { $formatted } арубанских флорина
        [many] { $formatted } арубанских флоринов
       *[other] { $formatted } арубанского флорина
    }

currency-azm = Старый азербайджанский манат
currency-azm-amount =
    { $amount ->
        [one] { $formatted } Старый азербайджанский манат
        [few] { $formatted } Старый азербайджанский манат
        [many] { $formatted } Старый азербайджанский манат
       *[other] { $formatted } Старый азербайджанский манат
    }

currency-azn = азербайджанский манат
    .symbol-narrow = ₼
currency-azn-amount =
    { $amount ->
        [one] { $formatted } азербайджанский манат
        [few] { $formatted } азербайджанских маната
        [many] { $formatted } азербайджанских манатов
       *[other] { $formatted } азербайджанского маната
    }

currency-bad = Динар Боснии и Герцеговины
currency-bad-amount =
    { $amount ->
        [one] { $formatted } Динар Боснии и Герцеговины
        [few] { $formatted } Динар Боснии и Герцеговины
        [many] { $formatted } Динар Боснии и Герцеговины
       *[other] { $formatted } Динар Боснии и Герцеговины
    }

currency-bam = конвертируемая марка Боснии и Герцеговины
    .symbol-narrow = KM
currency-bam-amount =
    { $amount ->
        [one] { $formatted } конвертируемая марка Боснии и Герцеговины
        [few] { $formatted } конвертируемые марки Боснии и Герцеговины
        [many] { $formatted } конвертируемых марок Боснии и Герцеговины
       *[other] { $formatted } конвертируемой марки Боснии и Герцеговины
    }

currency-bbd = барбадосский доллар
    .symbol-narrow = $
currency-bbd-amount =
    { $amount ->
        [one] { $formatted } барбадосский доллар
        [few] { $formatted } барбадосских доллара
        [many] { $formatted } барбадосских долларов
       *[other] { $formatted } барбадосского доллара
    }

currency-bdt = бангладешская така
    .symbol-narrow = ৳
currency-bdt-amount =
    { $amount ->
        [one] { $formatted } бангладешская така
        [few] { $formatted } бангладешские таки
        [many] { $formatted } бангладешских так
       *[other] { $formatted } бангладешской таки
    }

currency-bec = Бельгийский франк (конвертируемый)
currency-bec-amount =
    { $amount ->
        [one] { $formatted } Бельгийский франк (конвертируемый)
        [few] { $formatted } Бельгийский франк (конвертируемый)
        [many] { $formatted } Бельгийский франк (конвертируемый)
       *[other] { $formatted } Бельгийский франк (конвертируемый)
    }

currency-bef = Бельгийский франк
currency-bef-amount =
    { $amount ->
        [one] { $formatted } Бельгийский франк
        [few] { $formatted } Бельгийский франк
        [many] { $formatted } Бельгийский франк
       *[other] { $formatted } Бельгийский франк
    }

currency-bel = Бельгийский франк (финансовый)
currency-bel-amount =
    { $amount ->
        [one] { $formatted } Бельгийский франк (финансовый)
        [few] { $formatted } Бельгийский франк (финансовый)
        [many] { $formatted } Бельгийский франк (финансовый)
       *[other] { $formatted } Бельгийский франк (финансовый)
    }

currency-bgl = Лев
currency-bgl-amount =
    { $amount ->
        [one] { $formatted } Лев
        [few] { $formatted } Лев
        [many] { $formatted } Лев
       *[other] { $formatted } Лев
    }

currency-bgn = болгарский лев
currency-bgn-amount =
    { $amount ->
        [one] { $formatted } болгарский лев
        [few] { $formatted } болгарских лева
        [many] { $formatted } болгарских левов
       *[other] { $formatted } болгарского лева
    }

currency-bhd = бахрейнский динар
currency-bhd-amount =
    { $amount ->
        [one] { $formatted } бахрейнский динар
        [few] { $formatted } бахрейнских динара
        [many] { $formatted } бахрейнских динаров
       *[other] { $formatted } бахрейнского динара
    }

currency-bif = бурундийский франк
currency-bif-amount =
    { $amount ->
        [one] { $formatted } бурундийский франк
        [few] { $formatted } бурундийских франка
        [many] { $formatted } бурундийских франков
       *[other] { $formatted } бурундийского франка
    }

currency-bmd = бермудский доллар
    .symbol-narrow = $
currency-bmd-amount =
    { $amount ->
        [one] { $formatted } бермудский доллар
        [few] { $formatted } бермудских доллара
        [many] { $formatted } бермудских долларов
       *[other] { $formatted } бермудского доллара
    }

currency-bnd = брунейский доллар
    .symbol-narrow = $
currency-bnd-amount =
    { $amount ->
        [one] { $formatted } брунейский доллар
        [few] { $formatted } брунейских доллара
        [many] { $formatted } брунейских долларов
       *[other] { $formatted } брунейского доллара
    }

currency-bob = боливийский боливиано
    .symbol-narrow = Bs
currency-bob-amount =
    { $amount ->
        [one] { $formatted } боливийский боливиано
        [few] { $formatted } боливийских боливиано
        [many] { $formatted } боливийских боливиано
       *[other] { $formatted } боливийского боливиано
    }

currency-bop = Боливийское песо
currency-bop-amount =
    { $amount ->
        [one] { $formatted } Боливийское песо
        [few] { $formatted } Боливийское песо
        [many] { $formatted } Боливийское песо
       *[other] { $formatted } Боливийское песо
    }

currency-bov = Боливийский мвдол
currency-bov-amount =
    { $amount ->
        [one] { $formatted } Боливийский мвдол
        [few] { $formatted } Боливийский мвдол
        [many] { $formatted } Боливийский мвдол
       *[other] { $formatted } Боливийский мвдол
    }

currency-brb = Бразильский новый крузейро (1967–1986)
currency-brb-amount =
    { $amount ->
        [one] { $formatted } Бразильский новый крузейро (1967–1986)
        [few] { $formatted } Бразильский новый крузейро (1967–1986)
        [many] { $formatted } Бразильский новый крузейро (1967–1986)
       *[other] { $formatted } Бразильский новый крузейро (1967–1986)
    }

currency-brc = Бразильское крузадо
currency-brc-amount =
    { $amount ->
        [one] { $formatted } Бразильское крузадо
        [few] { $formatted } Бразильское крузадо
        [many] { $formatted } Бразильское крузадо
       *[other] { $formatted } Бразильское крузадо
    }

currency-bre = Бразильский крузейро (1990–1993)
currency-bre-amount =
    { $amount ->
        [one] { $formatted } Бразильский крузейро (1990–1993)
        [few] { $formatted } Бразильский крузейро (1990–1993)
        [many] { $formatted } Бразильский крузейро (1990–1993)
       *[other] { $formatted } Бразильский крузейро (1990–1993)
    }

currency-brl = бразильский реал
    .symbol = R$
currency-brl-amount =
    { $amount ->
        [one] { $formatted } бразильский реал
        [few] { $formatted } бразильских реала
        [many] { $formatted } бразильских реалов
       *[other] { $formatted } бразильского реала
    }

currency-brn = Бразильское новое крузадо
currency-brn-amount =
    { $amount ->
        [one] { $formatted } Бразильское новое крузадо
        [few] { $formatted } Бразильское новое крузадо
        [many] { $formatted } Бразильское новое крузадо
       *[other] { $formatted } Бразильское новое крузадо
    }

currency-brr = Бразильский крузейро
currency-brr-amount =
    { $amount ->
        [one] { $formatted } Бразильский крузейро
        [few] { $formatted } Бразильский крузейро
        [many] { $formatted } Бразильский крузейро
       *[other] { $formatted } Бразильский крузейро
    }

currency-bsd = багамский доллар
    .symbol-narrow = $
currency-bsd-amount =
    { $amount ->
        [one] { $formatted } багамский доллар
        [few] { $formatted } багамских доллара
        [many] { $formatted } багамских долларов
       *[other] { $formatted } багамского доллара
    }

currency-btn = бутанский нгултрум
currency-btn-amount =
    { $amount ->
        [one] { $formatted } бутанский нгултрум
        [few] { $formatted } бутанских нгултрума
        [many] { $formatted } бутанских нгултрумов
       *[other] { $formatted } бутанского нгултрума
    }

currency-buk = Джа
currency-buk-amount =
    { $amount ->
        [one] { $formatted } Джа
        [few] { $formatted } Джа
        [many] { $formatted } Джа
       *[other] { $formatted } Джа
    }

currency-bwp = ботсванская пула
    .symbol-narrow = P
currency-bwp-amount =
    { $amount ->
        [one] { $formatted } ботсванская пула
        [few] { $formatted } ботсванские пулы
        [many] { $formatted } ботсванских пул
       *[other] { $formatted } ботсванской пулы
    }

currency-byb = Белорусский рубль (1994–1999)
currency-byb-amount =
    { $amount ->
        [one] { $formatted } Белорусский рубль (1994–1999)
        [few] { $formatted } Белорусский рубль (1994–1999)
        [many] { $formatted } Белорусский рубль (1994–1999)
       *[other] { $formatted } Белорусский рубль (1994–1999)
    }

currency-byn = белорусский рубль
    .symbol-narrow = р.
currency-byn-amount =
    { $amount ->
        [one] { $formatted } белорусский рубль
        [few] { $formatted } белорусских рубля
        [many] { $formatted } белорусских рублей
       *[other] { $formatted } белорусского рубля
    }

currency-byr = Белорусский рубль (2000–2016)
currency-byr-amount =
    { $amount ->
        [one] { $formatted } белорусский рубль (2000–2016)
        [few] { $formatted } белорусских рубля (2000–2016)
        [many] { $formatted } белорусских рублей (2000–2016)
       *[other] { $formatted } белорусского рубля (2000–2016)
    }

currency-bzd = белизский доллар
    .symbol-narrow = $
currency-bzd-amount =
    { $amount ->
        [one] { $formatted } белизский доллар
        [few] { $formatted } белизских доллара
        [many] { $formatted } белизских долларов
       *[other] { $formatted } белизского доллара
    }

currency-cad = канадский доллар
    .symbol = CA$
    .symbol-narrow = $
currency-cad-amount =
    { $amount ->
        [one] { $formatted } канадский доллар
        [few] { $formatted } канадских доллара
        [many] { $formatted } канадских долларов
       *[other] { $formatted } канадского доллара
    }

currency-cdf = конголезский франк
currency-cdf-amount =
    { $amount ->
        [one] { $formatted } конголезский франк
        [few] { $formatted } конголезских франка
        [many] { $formatted } конголезских франков
       *[other] { $formatted } конголезского франка
    }

currency-che = WIR евро
currency-che-amount =
    { $amount ->
        [one] { $formatted } WIR евро
        [few] { $formatted } WIR евро
        [many] { $formatted } WIR евро
       *[other] { $formatted } WIR евро
    }

currency-chf = швейцарский франк
currency-chf-amount =
    { $amount ->
        [one] { $formatted } швейцарский франк
        [few] { $formatted } швейцарских франка
        [many] { $formatted } швейцарских франков
       *[other] { $formatted } швейцарского франка
    }

currency-chw = WIR франк
currency-chw-amount =
    { $amount ->
        [one] { $formatted } WIR франк
        [few] { $formatted } WIR франк
        [many] { $formatted } WIR франк
       *[other] { $formatted } WIR франк
    }

currency-clf = Условная расчетная единица Чили
currency-clf-amount =
    { $amount ->
        [one] { $formatted } Условная расчетная единица Чили
        [few] { $formatted } Условная расчетная единица Чили
        [many] { $formatted } Условная расчетная единица Чили
       *[other] { $formatted } Условная расчетная единица Чили
    }

currency-clp = чилийский песо
    .symbol-narrow = $
currency-clp-amount =
    { $amount ->
        [one] { $formatted } чилийский песо
        [few] { $formatted } чилийских песо
        [many] { $formatted } чилийских песо
       *[other] { $formatted } чилийского песо
    }

currency-cnh = китайский офшорный юань
currency-cnh-amount =
    { $amount ->
        [one] { $formatted } китайский офшорный юань
        [few] { $formatted } китайских офшорных юаня
        [many] { $formatted } китайских офшорных юаней
       *[other] { $formatted } китайского офшорного юаня
    }

currency-cny = китайский юань
    .symbol = CN¥
    .symbol-narrow = ¥
currency-cny-amount =
    { $amount ->
        [one] { $formatted } китайский юань
        [few] { $formatted } китайских юаня
        [many] { $formatted } китайских юаней
       *[other] { $formatted } китайского юаня
    }

currency-cop = колумбийский песо
    .symbol-narrow = $
currency-cop-amount =
    { $amount ->
        [one] { $formatted } колумбийский песо
        [few] { $formatted } колумбийских песо
        [many] { $formatted } колумбийских песо
       *[other] { $formatted } колумбийского песо
    }

currency-cou = Единица реальной стоимости Колумбии
currency-cou-amount =
    { $amount ->
        [one] { $formatted } Единица реальной стоимости Колумбии
        [few] { $formatted } Единица реальной стоимости Колумбии
        [many] { $formatted } Единица реальной стоимости Колумбии
       *[other] { $formatted } Единица реальной стоимости Колумбии
    }

currency-crc = костариканский колон
    .symbol-narrow = ₡
currency-crc-amount =
    { $amount ->
        [one] { $formatted } костариканский колон
        [few] { $formatted } костариканских колона
        [many] { $formatted } костариканских колонов
       *[other] { $formatted } костариканского колона
    }

currency-csd = Старый Сербский динар
currency-csd-amount =
    { $amount ->
        [one] { $formatted } Старый Сербский динар
        [few] { $formatted } Старый Сербский динар
        [many] { $formatted } Старый Сербский динар
       *[other] { $formatted } Старый Сербский динар
    }

currency-csk = Чехословацкая твердая крона
currency-csk-amount =
    { $amount ->
        [one] { $formatted } Чехословацкая твердая крона
        [few] { $formatted } Чехословацкая твердая крона
        [many] { $formatted } Чехословацкая твердая крона
       *[other] { $formatted } Чехословацкая твердая крона
    }

currency-cuc = кубинский конвертируемый песо
    .symbol-narrow = $
currency-cuc-amount =
    { $amount ->
        [one] { $formatted } кубинский конвертируемый песо
        [few] { $formatted } кубинских конвертируемых песо
        [many] { $formatted } кубинских конвертируемых песо
       *[other] { $formatted } кубинского конвертируемого песо
    }

currency-cup = кубинский песо
    .symbol-narrow = $
currency-cup-amount =
    { $amount ->
        [one] { $formatted } кубинский песо
        [few] { $formatted } кубинских песо
        [many] { $formatted } кубинских песо
       *[other] { $formatted } кубинского песо
    }

currency-cve = эскудо Кабо-Верде
currency-cve-amount =
    { $amount ->
        [one] { $formatted } эскудо Кабо-Верде
        [few] { $formatted } эскудо Кабо-Верде
        [many] { $formatted } эскудо Кабо-Верде
       *[other] { $formatted } эскудо Кабо-Верде
    }

currency-cyp = Кипрский фунт
currency-cyp-amount =
    { $amount ->
        [one] { $formatted } Кипрский фунт
        [few] { $formatted } Кипрский фунт
        [many] { $formatted } Кипрский фунт
       *[other] { $formatted } Кипрский фунт
    }

currency-czk = чешская крона
    .symbol-narrow = Kč
currency-czk-amount =
    { $amount ->
        [one] { $formatted } чешская крона
        [few] { $formatted } чешские кроны
        [many] { $formatted } чешских крон
       *[other] { $formatted } чешской кроны
    }

currency-ddm = Восточногерманская марка
currency-ddm-amount =
    { $amount ->
        [one] { $formatted } Восточногерманская марка
        [few] { $formatted } Восточногерманская марка
        [many] { $formatted } Восточногерманская марка
       *[other] { $formatted } Восточногерманская марка
    }

currency-dem = Немецкая марка
currency-dem-amount =
    { $amount ->
        [one] { $formatted } Немецкая марка
        [few] { $formatted } Немецкая марка
        [many] { $formatted } Немецкая марка
       *[other] { $formatted } Немецкая марка
    }

currency-djf = франк Джибути
currency-djf-amount =
    { $amount ->
        [one] { $formatted } франк Джибути
        [few] { $formatted } франка Джибути
        [many] { $formatted } франков Джибути
       *[other] { $formatted } франка Джибути
    }

currency-dkk = датская крона
    .symbol-narrow = kr
currency-dkk-amount =
    { $amount ->
        [one] { $formatted } датская крона
        [few] { $formatted } датские кроны
        [many] { $formatted } датских крон
       *[other] { $formatted } датской кроны
    }

currency-dop = доминиканский песо
    .symbol-narrow = $
currency-dop-amount =
    { $amount ->
        [one] { $formatted } доминиканский песо
        [few] { $formatted } доминиканских песо
        [many] { $formatted } доминиканских песо
       *[other] { $formatted } доминиканского песо
    }

currency-dzd = алжирский динар
currency-dzd-amount =
    { $amount ->
        [one] { $formatted } алжирский динар
        [few] { $formatted } алжирских динара
        [many] { $formatted } алжирских динаров
       *[other] { $formatted } алжирского динара
    }

currency-ecs = Эквадорский сукре
currency-ecs-amount =
    { $amount ->
        [one] { $formatted } Эквадорский сукре
        [few] { $formatted } Эквадорский сукре
        [many] { $formatted } Эквадорский сукре
       *[other] { $formatted } Эквадорский сукре
    }

currency-ecv = Постоянная единица стоимости Эквадора
currency-ecv-amount =
    { $amount ->
        [one] { $formatted } Постоянная единица стоимости Эквадора
        [few] { $formatted } Постоянная единица стоимости Эквадора
        [many] { $formatted } Постоянная единица стоимости Эквадора
       *[other] { $formatted } Постоянная единица стоимости Эквадора
    }

currency-eek = Эстонская крона
currency-eek-amount =
    { $amount ->
        [one] { $formatted } Эстонская крона
        [few] { $formatted } Эстонская крона
        [many] { $formatted } Эстонская крона
       *[other] { $formatted } Эстонская крона
    }

currency-egp = египетский фунт
    .symbol-narrow = E£
currency-egp-amount =
    { $amount ->
        [one] { $formatted } египетский фунт
        [few] { $formatted } египетских фунта
        [many] { $formatted } египетских фунтов
       *[other] { $formatted } египетского фунта
    }

currency-ern = эритрейская накфа
currency-ern-amount =
    { $amount ->
        [one] { $formatted } эритрейская накфа
        [few] { $formatted } эритрейские накфы
        [many] { $formatted } эритрейских накф
       *[other] { $formatted } эритрейской накфы
    }

currency-esa = Испанская песета (А)
currency-esa-amount =
    { $amount ->
        [one] { $formatted } Испанская песета (А)
        [few] { $formatted } Испанская песета (А)
        [many] { $formatted } Испанская песета (А)
       *[other] { $formatted } Испанская песета (А)
    }

currency-esb = Испанская песета (конвертируемая)
currency-esb-amount =
    { $amount ->
        [one] { $formatted } Испанская песета (конвертируемая)
        [few] { $formatted } Испанская песета (конвертируемая)
        [many] { $formatted } Испанская песета (конвертируемая)
       *[other] { $formatted } Испанская песета (конвертируемая)
    }

currency-esp = Испанская песета
    .symbol-narrow = ₧
currency-esp-amount =
    { $amount ->
        [one] { $formatted } Испанская песета
        [few] { $formatted } Испанская песета
        [many] { $formatted } Испанская песета
       *[other] { $formatted } Испанская песета
    }

currency-etb = эфиопский быр
currency-etb-amount =
    { $amount ->
        [one] { $formatted } эфиопский быр
        [few] { $formatted } эфиопских быра
        [many] { $formatted } эфиопских быров
       *[other] { $formatted } эфиопского быра
    }

currency-eur = евро
    .symbol = €
currency-eur-amount =
    { $amount ->
        [one] { $formatted } евро
        [few] { $formatted } евро
        [many] { $formatted } евро
       *[other] { $formatted } евро
    }

currency-fim = Финская марка
currency-fim-amount =
    { $amount ->
        [one] { $formatted } Финская марка
        [few] { $formatted } Финская марка
        [many] { $formatted } Финская марка
       *[other] { $formatted } Финская марка
    }

currency-fjd = доллар Фиджи
    .symbol-narrow = $
currency-fjd-amount =
    { $amount ->
        [one] { $formatted } доллар Фиджи
        [few] { $formatted } доллара Фиджи
        [many] { $formatted } долларов Фиджи
       *[other] { $formatted } доллара Фиджи
    }

currency-fkp = фунт Фолклендских островов
    .symbol-narrow = £
currency-fkp-amount =
    { $amount ->
        [one] { $formatted } фунт Фолклендских островов
        [few] { $formatted } фунта Фолклендских островов
        [many] { $formatted } фунтов Фолклендских островов
       *[other] { $formatted } фунта Фолклендских островов
    }

currency-frf = Французский франк
currency-frf-amount =
    { $amount ->
        [one] { $formatted } Французский франк
        [few] { $formatted } Французский франк
        [many] { $formatted } Французский франк
       *[other] { $formatted } Французский франк
    }

currency-gbp = британский фунт стерлингов
    .symbol = £
currency-gbp-amount =
    { $amount ->
        [one] { $formatted } британский фунт стерлингов
        [few] { $formatted } британских фунта стерлингов
        [many] { $formatted } британских фунтов стерлингов
       *[other] { $formatted } британского фунта стерлингов
    }

currency-gek = Грузинский купон
currency-gek-amount =
    { $amount ->
        [one] { $formatted } Грузинский купон
        [few] { $formatted } Грузинский купон
        [many] { $formatted } Грузинский купон
       *[other] { $formatted } Грузинский купон
    }

currency-gel = грузинский лари
    .symbol-narrow = ლ
currency-gel-amount =
    { $amount ->
        [one] { $formatted } грузинский лари
        [few] { $formatted } грузинских лари
        [many] { $formatted } грузинских лари
       *[other] { $formatted } грузинского лари
    }

currency-ghc = Ганский седи (1979–2007)
currency-ghc-amount =
    { $amount ->
        [one] { $formatted } Ганский седи (1979–2007)
        [few] { $formatted } Ганский седи (1979–2007)
        [many] { $formatted } Ганский седи (1979–2007)
       *[other] { $formatted } Ганский седи (1979–2007)
    }

currency-ghs = ганский седи
    .symbol-narrow = GH₵
currency-ghs-amount =
    { $amount ->
        [one] { $formatted } ганский седи
        [few] { $formatted } ганских седи
        [many] { $formatted } ганских седи
       *[other] { $formatted } ганского седи
    }

currency-gip = гибралтарский фунт
    .symbol-narrow = £
currency-gip-amount =
    { $amount ->
        [one] { $formatted } гибралтарский фунт
        [few] { $formatted } гибралтарских фунта
        [many] { $formatted } гибралтарских фунтов
       *[other] { $formatted } гибралтарского фунта
    }

currency-gmd = гамбийский даласи
currency-gmd-amount =
    { $amount ->
        [one] { $formatted } гамбийский даласи
        [few] { $formatted } гамбийских даласи
        [many] { $formatted } гамбийских даласи
       *[other] { $formatted } гамбийского даласи
    }

currency-gnf = гвинейский франк
    .symbol-narrow = FG
currency-gnf-amount =
    { $amount ->
        [one] { $formatted } гвинейский франк
        [few] { $formatted } гвинейских франка
        [many] { $formatted } гвинейских франков
       *[other] { $formatted } гвинейского франка
    }

currency-gns = Гвинейская сили
currency-gns-amount =
    { $amount ->
        [one] { $formatted } Гвинейская сили
        [few] { $formatted } Гвинейская сили
        [many] { $formatted } Гвинейская сили
       *[other] { $formatted } Гвинейская сили
    }

currency-gqe = Эквеле экваториальной Гвинеи
currency-gqe-amount =
    { $amount ->
        [one] { $formatted } Эквеле экваториальной Гвинеи
        [few] { $formatted } Эквеле экваториальной Гвинеи
        [many] { $formatted } Эквеле экваториальной Гвинеи
       *[other] { $formatted } Эквеле экваториальной Гвинеи
    }

currency-grd = Греческая драхма
currency-grd-amount =
    { $amount ->
        [one] { $formatted } Греческая драхма
        [few] { $formatted } Греческая драхма
        [many] { $formatted } Греческая драхма
       *[other] { $formatted } Греческая драхма
    }

currency-gtq = гватемальский кетсаль
    .symbol-narrow = Q
currency-gtq-amount =
    { $amount ->
        [one] { $formatted } гватемальский кетсаль
        [few] { $formatted } гватемальских кетсаля
        [many] { $formatted } гватемальских кетсалей
       *[other] { $formatted } гватемальского кетсаля
    }

currency-gwe = Эскудо Португальской Гвинеи
currency-gwe-amount =
    { $amount ->
        [one] { $formatted } Эскудо Португальской Гвинеи
        [few] { $formatted } Эскудо Португальской Гвинеи
        [many] { $formatted } Эскудо Португальской Гвинеи
       *[other] { $formatted } Эскудо Португальской Гвинеи
    }

currency-gwp = Песо Гвинеи-Бисау
currency-gwp-amount =
    { $amount ->
        [one] { $formatted } Песо Гвинеи-Бисау
        [few] { $formatted } Песо Гвинеи-Бисау
        [many] { $formatted } Песо Гвинеи-Бисау
       *[other] { $formatted } Песо Гвинеи-Бисау
    }

currency-gyd = гайанский доллар
    .symbol-narrow = $
currency-gyd-amount =
    { $amount ->
        [one] { $formatted } гайанский доллар
        [few] { $formatted } гайанских доллара
        [many] { $formatted } гайанских долларов
       *[other] { $formatted } гайанского доллара
    }

currency-hkd = гонконгский доллар
    .symbol = HK$
    .symbol-narrow = $
currency-hkd-amount =
    { $amount ->
        [one] { $formatted } гонконгский доллар
        [few] { $formatted } гонконгских доллара
        [many] { $formatted } гонконгских долларов
       *[other] { $formatted } гонконгского доллара
    }

currency-hnl = гондурасская лемпира
    .symbol-narrow = L
currency-hnl-amount =
    { $amount ->
        [one] { $formatted } гондурасская лемпира
        [few] { $formatted } гондурасские лемпиры
        [many] { $formatted } гондурасских лемпир
       *[other] { $formatted } гондурасской лемпиры
    }

currency-hrd = Хорватский динар
currency-hrd-amount =
    { $amount ->
        [one] { $formatted } Хорватский динар
        [few] { $formatted } Хорватский динар
        [many] { $formatted } Хорватский динар
       *[other] { $formatted } Хорватский динар
    }

currency-hrk = хорватская куна
    .symbol-narrow = kn
currency-hrk-amount =
    { $amount ->
        [one] { $formatted } хорватская куна
        [few] { $formatted } хорватские куны
        [many] { $formatted } хорватских кун
       *[other] { $formatted } хорватской куны
    }

currency-htg = гаитянский гурд
currency-htg-amount =
    { $amount ->
        [one] { $formatted } гаитянский гурд
        [few] { $formatted } гаитянских гурда
        [many] { $formatted } гаитянских гурдов
       *[other] { $formatted } гаитянского гурда
    }

currency-huf = венгерский форинт
    .symbol-narrow = Ft
currency-huf-amount =
    { $amount ->
        [one] { $formatted } венгерский форинт
        [few] { $formatted } венгерских форинта
        [many] { $formatted } венгерских форинтов
       *[other] { $formatted } венгерского форинта
    }

currency-idr = индонезийская рупия
    .symbol-narrow = Rp
currency-idr-amount =
    { $amount ->
        [one] { $formatted } индонезийская рупия
        [few] { $formatted } индонезийские рупии
        [many] { $formatted } индонезийских рупий
       *[other] { $formatted } индонезийской рупии
    }

currency-iep = Ирландский фунт
currency-iep-amount =
    { $amount ->
        [one] { $formatted } Ирландский фунт
        [few] { $formatted } Ирландский фунт
        [many] { $formatted } Ирландский фунт
       *[other] { $formatted } Ирландский фунт
    }

currency-ilp = Израильский фунт
currency-ilp-amount =
    { $amount ->
        [one] { $formatted } Израильский фунт
        [few] { $formatted } Израильский фунт
        [many] { $formatted } Израильский фунт
       *[other] { $formatted } Израильский фунт
    }

currency-ils = новый израильский шекель
    .symbol = ₪
currency-ils-amount =
    { $amount ->
        [one] { $formatted } новый израильский шекель
        [few] { $formatted } новых израильских шекеля
        [many] { $formatted } новых израильских шекелей
       *[other] { $formatted } нового израильского шекеля
    }

currency-inr = индийская рупия
    .symbol = ₹
currency-inr-amount =
    { $amount ->
        [one] { $formatted } индийская рупия
        [few] { $formatted } индийские рупии
        [many] { $formatted } индийских рупий
       *[other] { $formatted } индийской рупии
    }

currency-iqd = иракский динар
currency-iqd-amount =
    { $amount ->
        [one] { $formatted } иракский динар
        [few] { $formatted } иракских динара
        [many] { $formatted } иракских динаров
       *[other] { $formatted } иракского динара
    }

currency-irr = иранский риал
currency-irr-amount =
    { $amount ->
        [one] { $formatted } иранский риал
        [few] { $formatted } иранских риала
        [many] { $formatted } иранских риалов
       *[other] { $formatted } иранского риала
    }

currency-isk = исландская крона
    .symbol-narrow = kr
currency-isk-amount =
    { $amount ->
        [one] { $formatted } исландская крона
        [few] { $formatted } исландские кроны
        [many] { $formatted } исландских крон
       *[other] { $formatted } исландской кроны
    }

currency-itl = Итальянская лира
currency-itl-amount =
    { $amount ->
        [one] { $formatted } Итальянская лира
        [few] { $formatted } Итальянская лира
        [many] { $formatted } Итальянская лира
       *[other] { $formatted } Итальянская лира
    }

currency-jmd = ямайский доллар
    .symbol-narrow = $
currency-jmd-amount =
    { $amount ->
        [one] { $formatted } ямайский доллар
        [few] { $formatted } ямайских доллара
        [many] { $formatted } ямайских долларов
       *[other] { $formatted } ямайского доллара
    }

currency-jod = иорданский динар
currency-jod-amount =
    { $amount ->
        [one] { $formatted } иорданский динар
        [few] { $formatted } иорданских динара
        [many] { $formatted } иорданских динаров
       *[other] { $formatted } иорданского динара
    }

currency-jpy = японская иена
    .symbol = ¥
currency-jpy-amount =
    { $amount ->
        [one] { $formatted } японская иена
        [few] { $formatted } японские иены
        [many] { $formatted } японских иен
       *[other] { $formatted } японской иены
    }

currency-kes = кенийский шиллинг
currency-kes-amount =
    { $amount ->
        [one] { $formatted } кенийский шиллинг
        [few] { $formatted } кенийских шиллинга
        [many] { $formatted } кенийских шиллингов
       *[other] { $formatted } кенийского шиллинга
    }

currency-kgs = киргизский сом
    .symbol-narrow = ⃀
currency-kgs-amount =
    { $amount ->
        [one] { $formatted } киргизский сом
        [few] { $formatted } киргизских сома
        [many] { $formatted } киргизских сомов
       *[other] { $formatted } киргизского сома
    }

currency-khr = камбоджийский риель
    .symbol-narrow = ៛
currency-khr-amount =
    { $amount ->
        [one] { $formatted } камбоджийский риель
        [few] { $formatted } камбоджийских риеля
        [many] { $formatted } камбоджийских риелей
       *[other] { $formatted } камбоджийского риеля
    }

currency-kmf = коморский франк
    .symbol-narrow = CF
currency-kmf-amount =
    { $amount ->
        [one] { $formatted } коморский франк
        [few] { $formatted } коморских франка
        [many] { $formatted } коморских франков
       *[other] { $formatted } коморского франка
    }

currency-kpw = северокорейская вона
    .symbol-narrow = ₩
currency-kpw-amount =
    { $amount ->
        [one] { $formatted } северокорейская вона
        [few] { $formatted } северокорейские воны
        [many] { $formatted } северокорейских вон
       *[other] { $formatted } северокорейской воны
    }

currency-krw = южнокорейская вона
    .symbol = ₩
currency-krw-amount =
    { $amount ->
        [one] { $formatted } южнокорейская вона
        [few] { $formatted } южнокорейские воны
        [many] { $formatted } южнокорейских вон
       *[other] { $formatted } южнокорейской воны
    }

currency-kwd = кувейтский динар
currency-kwd-amount =
    { $amount ->
        [one] { $formatted } кувейтский динар
        [few] { $formatted } кувейтских динара
        [many] { $formatted } кувейтских динаров
       *[other] { $formatted } кувейтского динара
    }

currency-kyd = доллар Островов Кайман
    .symbol-narrow = $
currency-kyd-amount =
    { $amount ->
        [one] { $formatted } доллар Островов Кайман
        [few] { $formatted } доллара Островов Кайман
        [many] { $formatted } долларов Островов Кайман
       *[other] { $formatted } доллара Островов Кайман
    }

currency-kzt = казахский тенге
    .symbol-narrow = ₸
currency-kzt-amount =
    { $amount ->
        [one] { $formatted } казахский тенге
        [few] { $formatted } казахских тенге
        [many] { $formatted } казахских тенге
       *[other] { $formatted } казахского тенге
    }

currency-lak = лаосский кип
    .symbol-narrow = ₭
currency-lak-amount =
    { $amount ->
        [one] { $formatted } лаосский кип
        [few] { $formatted } лаосских кипа
        [many] { $formatted } лаосских кипов
       *[other] { $formatted } лаосского кипа
    }

currency-lbp = ливанский фунт
    .symbol-narrow = L£
currency-lbp-amount =
    { $amount ->
        [one] { $formatted } ливанский фунт
        [few] { $formatted } ливанских фунта
        [many] { $formatted } ливанских фунтов
       *[other] { $formatted } ливанского фунта
    }

currency-lkr = шри-ланкийская рупия
    .symbol-narrow = Rs
currency-lkr-amount =
    { $amount ->
        [one] { $formatted } шри-ланкийская рупия
        [few] { $formatted } шри-ланкийские рупии
        [many] { $formatted } шри-ланкийских рупий
       *[other] { $formatted } шри-ланкийской рупии
    }

currency-lrd = либерийский доллар
    .symbol-narrow = $
currency-lrd-amount =
    { $amount ->
        [one] { $formatted } либерийский доллар
        [few] { $formatted } либерийских доллара
        [many] { $formatted } либерийских долларов
       *[other] { $formatted } либерийского доллара
    }

currency-lsl = лоти
currency-lsl-amount =
    { $amount ->
        [one] { $formatted } лоти
        [few] { $formatted } лоти
        [many] { $formatted } лоти
       *[other] { $formatted } лоти
    }

currency-ltl = Литовский лит
    .symbol-narrow = Lt
currency-ltl-amount =
    { $amount ->
        [one] { $formatted } литовский лит
        [few] { $formatted } литовских лита
        [many] { $formatted } литовских литов
       *[other] { $formatted } литовского лита
    }

currency-ltt = Литовский талон
currency-ltt-amount =
    { $amount ->
        [one] { $formatted } Литовский талон
        [few] { $formatted } Литовский талон
        [many] { $formatted } Литовский талон
       *[other] { $formatted } Литовский талон
    }

currency-luc = Конвертируемый франк Люксембурга
currency-luc-amount =
    { $amount ->
        [one] { $formatted } Конвертируемый франк Люксембурга
        [few] { $formatted } Конвертируемый франк Люксембурга
        [many] { $formatted } Конвертируемый франк Люксембурга
       *[other] { $formatted } Конвертируемый франк Люксембурга
    }

currency-luf = Люксембургский франк
currency-luf-amount =
    { $amount ->
        [one] { $formatted } Люксембургский франк
        [few] { $formatted } Люксембургский франк
        [many] { $formatted } Люксембургский франк
       *[other] { $formatted } Люксембургский франк
    }

currency-lul = Финансовый франк Люксембурга
currency-lul-amount =
    { $amount ->
        [one] { $formatted } Финансовый франк Люксембурга
        [few] { $formatted } Финансовый франк Люксембурга
        [many] { $formatted } Финансовый франк Люксембурга
       *[other] { $formatted } Финансовый франк Люксембурга
    }

currency-lvl = Латвийский лат
    .symbol-narrow = Ls
currency-lvl-amount =
    { $amount ->
        [one] { $formatted } латвийский лат
        [few] { $formatted } латвийских лата
        [many] { $formatted } латвийских латов
       *[other] { $formatted } латвийского лата
    }

currency-lvr = Латвийский рубль
currency-lvr-amount =
    { $amount ->
        [one] { $formatted } Латвийский рубль
        [few] { $formatted } Латвийский рубль
        [many] { $formatted } Латвийский рубль
       *[other] { $formatted } Латвийский рубль
    }

currency-lyd = ливийский динар
currency-lyd-amount =
    { $amount ->
        [one] { $formatted } ливийский динар
        [few] { $formatted } ливийских динара
        [many] { $formatted } ливийских динаров
       *[other] { $formatted } ливийского динара
    }

currency-mad = марокканский дирхам
currency-mad-amount =
    { $amount ->
        [one] { $formatted } марокканский дирхам
        [few] { $formatted } марокканских дирхама
        [many] { $formatted } марокканских дирхамов
       *[other] { $formatted } марокканского дирхама
    }

currency-maf = Марокканский франк
currency-maf-amount =
    { $amount ->
        [one] { $formatted } Марокканский франк
        [few] { $formatted } Марокканский франк
        [many] { $formatted } Марокканский франк
       *[other] { $formatted } Марокканский франк
    }

currency-mdl = молдавский лей
currency-mdl-amount =
    { $amount ->
        [one] { $formatted } молдавский лей
        [few] { $formatted } молдавских лея
        [many] { $formatted } молдавских леев
       *[other] { $formatted } молдавского лея
    }

currency-mga = малагасийский ариари
    .symbol-narrow = Ar
currency-mga-amount =
    { $amount ->
        [one] { $formatted } малагасийский ариари
        [few] { $formatted } малагасийских ариари
        [many] { $formatted } малагасийских ариари
       *[other] { $formatted } малагасийского ариари
    }

currency-mgf = Малагасийский франк
currency-mgf-amount =
    { $amount ->
        [one] { $formatted } Малагасийский франк
        [few] { $formatted } Малагасийский франк
        [many] { $formatted } Малагасийский франк
       *[other] { $formatted } Малагасийский франк
    }

currency-mkd = македонский денар
currency-mkd-amount =
    { $amount ->
        [one] { $formatted } македонский денар
        [few] { $formatted } македонских денара
        [many] { $formatted } македонских денаров
       *[other] { $formatted } македонского денара
    }

currency-mlf = Малийский франк
currency-mlf-amount =
    { $amount ->
        [one] { $formatted } Малийский франк
        [few] { $formatted } Малийский франк
        [many] { $formatted } Малийский франк
       *[other] { $formatted } Малийский франк
    }

currency-mmk = мьянманский кьят
    .symbol-narrow = K
currency-mmk-amount =
    { $amount ->
        [one] { $formatted } мьянманский кьят
        [few] { $formatted } мьянманских кьята
        [many] { $formatted } мьянманских кьятов
       *[other] { $formatted } мьянманского кьята
    }

currency-mnt = монгольский тугрик
    .symbol-narrow = ₮
currency-mnt-amount =
    { $amount ->
        [one] { $formatted } монгольский тугрик
        [few] { $formatted } монгольских тугрика
        [many] { $formatted } монгольских тугриков
       *[other] { $formatted } монгольского тугрика
    }

currency-mop = патака Макао
currency-mop-amount =
    { $amount ->
        [one] { $formatted } патака Макао
        [few] { $formatted } патаки Макао
        [many] { $formatted } патак Макао
       *[other] { $formatted } патаки Макао
    }

currency-mro = мавританская угия (1973–2017)
currency-mro-amount =
    { $amount ->
        [one] { $formatted } мавританская угия (1973–2017)
        [few] { $formatted } мавританские угии (1973–2017)
        [many] { $formatted } мавританских угий (1973–2017)
       *[other] { $formatted } мавританской угии (1973–2017)
    }

currency-mru = мавританская угия
currency-mru-amount =
    { $amount ->
        [one] { $formatted } мавританская угия
        [few] { $formatted } мавританские угии
        [many] { $formatted } мавританских угий
       *[other] { $formatted } мавританской угии
    }

currency-mtl = Мальтийская лира
currency-mtl-amount =
    { $amount ->
        [one] { $formatted } Мальтийская лира
        [few] { $formatted } Мальтийская лира
        [many] { $formatted } Мальтийская лира
       *[other] { $formatted } Мальтийская лира
    }

currency-mtp = Мальтийский фунт
currency-mtp-amount =
    { $amount ->
        [one] { $formatted } Мальтийский фунт
        [few] { $formatted } Мальтийский фунт
        [many] { $formatted } Мальтийский фунт
       *[other] { $formatted } Мальтийский фунт
    }

currency-mur = маврикийская рупия
    .symbol-narrow = Rs
currency-mur-amount =
    { $amount ->
        [one] { $formatted } маврикийская рупия
        [few] { $formatted } маврикийские рупии
        [many] { $formatted } маврикийских рупий
       *[other] { $formatted } маврикийской рупии
    }

currency-mvr = мальдивская руфия
currency-mvr-amount =
    { $amount ->
        [one] { $formatted } мальдивская руфия
        [few] { $formatted } мальдивские руфии
        [many] { $formatted } мальдивских руфий
       *[other] { $formatted } мальдивской руфии
    }

currency-mwk = малавийская квача
currency-mwk-amount =
    { $amount ->
        [one] { $formatted } малавийская квача
        [few] { $formatted } малавийские квачи
        [many] { $formatted } малавийских квач
       *[other] { $formatted } малавийской квачи
    }

currency-mxn = мексиканский песо
    .symbol = MX$
    .symbol-narrow = $
currency-mxn-amount =
    { $amount ->
        [one] { $formatted } мексиканский песо
        [few] { $formatted } мексиканских песо
        [many] { $formatted } мексиканских песо
       *[other] { $formatted } мексиканского песо
    }

currency-mxp = Мексиканское серебряное песо (1861–1992)
currency-mxp-amount =
    { $amount ->
        [one] { $formatted } Мексиканское серебряное песо (1861–1992)
        [few] { $formatted } Мексиканское серебряное песо (1861–1992)
        [many] { $formatted } Мексиканское серебряное песо (1861–1992)
       *[other] { $formatted } Мексиканское серебряное песо (1861–1992)
    }

currency-mxv = Мексиканская пересчетная единица (UDI)
currency-mxv-amount =
    { $amount ->
        [one] { $formatted } Мексиканская пересчетная единица (UDI)
        [few] { $formatted } Мексиканская пересчетная единица (UDI)
        [many] { $formatted } Мексиканская пересчетная единица (UDI)
       *[other] { $formatted } Мексиканская пересчетная единица (UDI)
    }

currency-myr = малайзийский ринггит
    .symbol-narrow = RM
currency-myr-amount =
    { $amount ->
        [one] { $formatted } малайзийский ринггит
        [few] { $formatted } малайзийских ринггита
        [many] { $formatted } малайзийских ринггитов
       *[other] { $formatted } малайзийского ринггита
    }

currency-mze = Мозамбикское эскудо
currency-mze-amount =
    { $amount ->
        [one] { $formatted } Мозамбикское эскудо
        [few] { $formatted } Мозамбикское эскудо
        [many] { $formatted } Мозамбикское эскудо
       *[other] { $formatted } Мозамбикское эскудо
    }

currency-mzm = Старый мозамбикский метикал
currency-mzm-amount =
    { $amount ->
        [one] { $formatted } Старый мозамбикский метикал
        [few] { $formatted } Старый мозамбикский метикал
        [many] { $formatted } Старый мозамбикский метикал
       *[other] { $formatted } Старый мозамбикский метикал
    }

currency-mzn = мозамбикский метикал
currency-mzn-amount =
    { $amount ->
        [one] { $formatted } мозамбикский метикал
        [few] { $formatted } мозамбикских метикала
        [many] { $formatted } мозамбикских метикалов
       *[other] { $formatted } мозамбикского метикала
    }

currency-nad = доллар Намибии
    .symbol-narrow = $
currency-nad-amount =
    { $amount ->
        [one] { $formatted } доллар Намибии
        [few] { $formatted } доллара Намибии
        [many] { $formatted } долларов Намибии
       *[other] { $formatted } доллара Намибии
    }

currency-ngn = нигерийская найра
    .symbol-narrow = ₦
currency-ngn-amount =
    { $amount ->
        [one] { $formatted } нигерийская найра
        [few] { $formatted } нигерийские найры
        [many] { $formatted } нигерийских найр
       *[other] { $formatted } нигерийской найры
    }

currency-nic = Никарагуанская кордоба (1988–1991)
currency-nic-amount =
    { $amount ->
        [one] { $formatted } Никарагуанская кордоба (1988–1991)
        [few] { $formatted } Никарагуанская кордоба (1988–1991)
        [many] { $formatted } Никарагуанская кордоба (1988–1991)
       *[other] { $formatted } Никарагуанская кордоба (1988–1991)
    }

currency-nio = никарагуанская кордоба
    .symbol-narrow = C$
currency-nio-amount =
    { $amount ->
        [one] { $formatted } никарагуанская кордоба
        [few] { $formatted } никарагуанские кордобы
        [many] { $formatted } никарагуанских кордоб
       *[other] { $formatted } никарагуанской кордобы
    }

currency-nlg = Нидерландский гульден
currency-nlg-amount =
    { $amount ->
        [one] { $formatted } Нидерландский гульден
        [few] { $formatted } Нидерландский гульден
        [many] { $formatted } Нидерландский гульден
       *[other] { $formatted } Нидерландский гульден
    }

currency-nok = норвежская крона
    .symbol-narrow = kr
currency-nok-amount =
    { $amount ->
        [one] { $formatted } норвежская крона
        [few] { $formatted } норвежские кроны
        [many] { $formatted } норвежских крон
       *[other] { $formatted } норвежской кроны
    }

currency-npr = непальская рупия
    .symbol-narrow = Rs
currency-npr-amount =
    { $amount ->
        [one] { $formatted } непальская рупия
        [few] { $formatted } непальские рупии
        [many] { $formatted } непальских рупий
       *[other] { $formatted } непальской рупии
    }

currency-nzd = новозеландский доллар
    .symbol = NZ$
    .symbol-narrow = $
currency-nzd-amount =
    { $amount ->
        [one] { $formatted } новозеландский доллар
        [few] { $formatted } новозеландских доллара
        [many] { $formatted } новозеландских долларов
       *[other] { $formatted } новозеландского доллара
    }

currency-omr = оманский риал
currency-omr-amount =
    { $amount ->
        [one] { $formatted } оманский риал
        [few] { $formatted } оманских риала
        [many] { $formatted } оманских риалов
       *[other] { $formatted } оманского риала
    }

currency-pab = панамский бальбоа
currency-pab-amount =
    { $amount ->
        [one] { $formatted } панамский бальбоа
        [few] { $formatted } панамских бальбоа
        [many] { $formatted } панамских бальбоа
       *[other] { $formatted } панамского бальбоа
    }

currency-pei = Перуанское инти
currency-pei-amount =
    { $amount ->
        [one] { $formatted } Перуанское инти
        [few] { $formatted } Перуанское инти
        [many] { $formatted } Перуанское инти
       *[other] { $formatted } Перуанское инти
    }

currency-pen = перуанский соль
currency-pen-amount =
    { $amount ->
        [one] { $formatted } перуанский соль
        [few] { $formatted } перуанских соля
        [many] { $formatted } перуанских солей
       *[other] { $formatted } перуанского соля
    }

currency-pes = Перуанский соль (1863–1965)
currency-pes-amount =
    { $amount ->
        [one] { $formatted } перуанский соль (1863–1965)
        [few] { $formatted } перуанских соля (1863–1965)
        [many] { $formatted } перуанских солей (1863–1965)
       *[other] { $formatted } перуанского соля (1863–1965)
    }

currency-pgk = кина Папуа – Новой Гвинеи
currency-pgk-amount =
    { $amount ->
        [one] { $formatted } кина Папуа – Новой Гвинеи
        [few] { $formatted } кины Папуа – Новой Гвинеи
        [many] { $formatted } кин Папуа – Новой Гвинеи
       *[other] { $formatted } кины Папуа – Новой Гвинеи
    }

currency-php = филиппинский песо
    .symbol-narrow = ₱
currency-php-amount =
    { $amount ->
        [one] { $formatted } филиппинский песо
        [few] { $formatted } филиппинских песо
        [many] { $formatted } филиппинских песо
       *[other] { $formatted } филиппинского песо
    }

currency-pkr = пакистанская рупия
    .symbol-narrow = Rs
currency-pkr-amount =
    { $amount ->
        [one] { $formatted } пакистанская рупия
        [few] { $formatted } пакистанские рупии
        [many] { $formatted } пакистанских рупий
       *[other] { $formatted } пакистанской рупии
    }

currency-pln = польский злотый
    .symbol-narrow = zł
currency-pln-amount =
    { $amount ->
        [one] { $formatted } польский злотый
        [few] { $formatted } польских злотых
        [many] { $formatted } польских злотых
       *[other] { $formatted } польского злотого
    }

currency-plz = Злотый
currency-plz-amount =
    { $amount ->
        [one] { $formatted } Злотый
        [few] { $formatted } Злотый
        [many] { $formatted } Злотый
       *[other] { $formatted } Злотый
    }

currency-pte = Португальское эскудо
currency-pte-amount =
    { $amount ->
        [one] { $formatted } Португальское эскудо
        [few] { $formatted } Португальское эскудо
        [many] { $formatted } Португальское эскудо
       *[other] { $formatted } Португальское эскудо
    }

currency-pyg = парагвайский гуарани
    .symbol-narrow = ₲
currency-pyg-amount =
    { $amount ->
        [one] { $formatted } парагвайский гуарани
        [few] { $formatted } парагвайских гуарани
        [many] { $formatted } парагвайских гуарани
       *[other] { $formatted } парагвайского гуарани
    }

currency-qar = катарский риал
currency-qar-amount =
    { $amount ->
        [one] { $formatted } катарский риал
        [few] { $formatted } катарских риала
        [many] { $formatted } катарских риалов
       *[other] { $formatted } катарского риала
    }

currency-rhd = Родезийский доллар
currency-rhd-amount =
    { $amount ->
        [one] { $formatted } Родезийский доллар
        [few] { $formatted } Родезийский доллар
        [many] { $formatted } Родезийский доллар
       *[other] { $formatted } Родезийский доллар
    }

currency-rol = Старый Румынский лей
currency-rol-amount =
    { $amount ->
        [one] { $formatted } Старый Румынский лей
        [few] { $formatted } Старый Румынский лей
        [many] { $formatted } Старый Румынский лей
       *[other] { $formatted } Старый Румынский лей
    }

currency-ron = румынский лей
    .symbol-narrow = L
currency-ron-amount =
    { $amount ->
        [one] { $formatted } румынский лей
        [few] { $formatted } румынских лея
        [many] { $formatted } румынских леев
       *[other] { $formatted } румынского лея
    }

currency-rsd = сербский динар
currency-rsd-amount =
    { $amount ->
        [one] { $formatted } сербский динар
        [few] { $formatted } сербских динара
        [many] { $formatted } сербских динаров
       *[other] { $formatted } сербского динара
    }

currency-rub = российский рубль
    .symbol = ₽
currency-rub-amount =
    { $amount ->
        [one] { $formatted } российский рубль
        [few] { $formatted } российских рубля
        [many] { $formatted } российских рублей
       *[other] { $formatted } российского рубля
    }

currency-rur = Российский рубль (1991–1998)
    .symbol = р.
currency-rur-amount =
    { $amount ->
        [one] { $formatted } Российский рубль (1991–1998)
        [few] { $formatted } Российский рубль (1991–1998)
        [many] { $formatted } Российский рубль (1991–1998)
       *[other] { $formatted } Российский рубль (1991–1998)
    }

currency-rwf = франк Руанды
    .symbol-narrow = RF
currency-rwf-amount =
    { $amount ->
        [one] { $formatted } франк Руанды
        [few] { $formatted } франка Руанды
        [many] { $formatted } франков Руанды
       *[other] { $formatted } франка Руанды
    }

currency-sar = саудовский риял
currency-sar-amount =
    { $amount ->
        [one] { $formatted } саудовский риял
        [few] { $formatted } саудовских рияла
        [many] { $formatted } саудовских риялов
       *[other] { $formatted } саудовского рияла
    }

currency-sbd = доллар Соломоновых Островов
    .symbol-narrow = $
currency-sbd-amount =
    { $amount ->
        [one] { $formatted } доллар Соломоновых Островов
        [few] { $formatted } доллара Соломоновых Островов
        [many] { $formatted } долларов Соломоновых Островов
       *[other] { $formatted } доллара Соломоновых Островов
    }

currency-scr = сейшельская рупия
currency-scr-amount =
    { $amount ->
        [one] { $formatted } сейшельская рупия
        [few] { $formatted } сейшельские рупии
        [many] { $formatted } сейшельских рупий
       *[other] { $formatted } сейшельской рупии
    }

currency-sdd = Суданский динар
currency-sdd-amount =
    { $amount ->
        [one] { $formatted } Суданский динар
        [few] { $formatted } Суданский динар
        [many] { $formatted } Суданский динар
       *[other] { $formatted } Суданский динар
    }

currency-sdg = суданский фунт
currency-sdg-amount =
    { $amount ->
        [one] { $formatted } суданский фунт
        [few] { $formatted } суданских фунта
        [many] { $formatted } суданских фунтов
       *[other] { $formatted } суданского фунта
    }

currency-sdp = Старый суданский фунт
currency-sdp-amount =
    { $amount ->
        [one] { $formatted } Старый суданский фунт
        [few] { $formatted } Старый суданский фунт
        [many] { $formatted } Старый суданский фунт
       *[other] { $formatted } Старый суданский фунт
    }

currency-sek = шведская крона
    .symbol-narrow = kr
currency-sek-amount =
    { $amount ->
        [one] { $formatted } шведская крона
        [few] { $formatted } шведские кроны
        [many] { $formatted } шведских крон
       *[other] { $formatted } шведской кроны
    }

currency-sgd = сингапурский доллар
    .symbol-narrow = $
currency-sgd-amount =
    { $amount ->
        [one] { $formatted } сингапурский доллар
        [few] { $formatted } сингапурских доллара
        [many] { $formatted } сингапурских долларов
       *[other] { $formatted } сингапурского доллара
    }

currency-shp = фунт острова Святой Елены
    .symbol-narrow = £
currency-shp-amount =
    { $amount ->
        [one] { $formatted } фунт острова Святой Елены
        [few] { $formatted } фунта острова Святой Елены
        [many] { $formatted } фунтов острова Святой Елены
       *[other] { $formatted } фунта острова Святой Елены
    }

currency-sit = Словенский толар
currency-sit-amount =
    { $amount ->
        [one] { $formatted } Словенский толар
        [few] { $formatted } Словенский толар
        [many] { $formatted } Словенский толар
       *[other] { $formatted } Словенский толар
    }

currency-skk = Словацкая крона
currency-skk-amount =
    { $amount ->
        [one] { $formatted } Словацкая крона
        [few] { $formatted } Словацкая крона
        [many] { $formatted } Словацкая крона
       *[other] { $formatted } Словацкая крона
    }

currency-sle = леоне
currency-sle-amount =
    { $amount ->
        [one] { $formatted } леоне
        [few] { $formatted } леоне
        [many] { $formatted } леоне
       *[other] { $formatted } леоне
    }

currency-sll = леоне (1964—2022)
currency-sll-amount =
    { $amount ->
        [one] { $formatted } леоне (1964—2022)
        [few] { $formatted } леоне (1964—2022)
        [many] { $formatted } леоне (1964—2022)
       *[other] { $formatted } леоне (1964—2022)
    }

currency-sos = сомалийский шиллинг
currency-sos-amount =
    { $amount ->
        [one] { $formatted } сомалийский шиллинг
        [few] { $formatted } сомалийских шиллинга
        [many] { $formatted } сомалийских шиллингов
       *[other] { $formatted } сомалийского шиллинга
    }

currency-srd = суринамский доллар
    .symbol-narrow = $
currency-srd-amount =
    { $amount ->
        [one] { $formatted } суринамский доллар
        [few] { $formatted } суринамских доллара
        [many] { $formatted } суринамских долларов
       *[other] { $formatted } суринамского доллара
    }

currency-srg = Суринамский гульден
currency-srg-amount =
    { $amount ->
        [one] { $formatted } Суринамский гульден
        [few] { $formatted } Суринамский гульден
        [many] { $formatted } Суринамский гульден
       *[other] { $formatted } Суринамский гульден
    }

currency-ssp = южносуданский фунт
    .symbol-narrow = £
currency-ssp-amount =
    { $amount ->
        [one] { $formatted } южносуданский фунт
        [few] { $formatted } южносуданских фунта
        [many] { $formatted } южносуданских фунтов
       *[other] { $formatted } южносуданского фунта
    }

currency-std = добра Сан-Томе и Принсипи (1977–2017)
currency-std-amount =
    { $amount ->
        [one] { $formatted } добра Сан-Томе и Принсипи (1977–2017)
        [few] { $formatted } добры Сан-Томе и Принсипи (1977–2017)
        [many] { $formatted } добр Сан-Томе и Принсипи (1977–2017)
       *[other] { $formatted } добры Сан-Томе и Принсипи (1977–2017)
    }

currency-stn = добра Сан-Томе и Принсипи
    .symbol-narrow = Db
currency-stn-amount =
    { $amount ->
        [one] { $formatted } добра Сан-Томе и Принсипи
        [few] { $formatted } добры Сан-Томе и Принсипи
        [many] { $formatted } добр Сан-Томе и Принсипи
       *[other] { $formatted } добры Сан-Томе и Принсипи
    }

currency-sur = Рубль СССР
currency-sur-amount =
    { $amount ->
        [one] { $formatted } Рубль СССР
        [few] { $formatted } Рубль СССР
        [many] { $formatted } Рубль СССР
       *[other] { $formatted } Рубль СССР
    }

currency-svc = Сальвадорский колон
currency-svc-amount =
    { $amount ->
        [one] { $formatted } Сальвадорский колон
        [few] { $formatted } Сальвадорский колон
        [many] { $formatted } Сальвадорский колон
       *[other] { $formatted } Сальвадорский колон
    }

currency-syp = сирийский фунт
    .symbol-narrow = £
currency-syp-amount =
    { $amount ->
        [one] { $formatted } сирийский фунт
        [few] { $formatted } сирийских фунта
        [many] { $formatted } сирийских фунтов
       *[other] { $formatted } сирийского фунта
    }

currency-szl = свазилендский лилангени
currency-szl-amount =
    { $amount ->
        [one] { $formatted } свазилендский лилангени
        [few] { $formatted } свазилендских лилангени
        [many] { $formatted } свазилендских лилангени
       *[other] { $formatted } свазилендского лилангени
    }

currency-thb = таиландский бат
    .symbol = ฿
currency-thb-amount =
    { $amount ->
        [one] { $formatted } таиландский бат
        [few] { $formatted } таиландских бата
        [many] { $formatted } таиландских батов
       *[other] { $formatted } таиландского бата
    }

currency-tjr = Таджикский рубль
currency-tjr-amount =
    { $amount ->
        [one] { $formatted } Таджикский рубль
        [few] { $formatted } Таджикский рубль
        [many] { $formatted } Таджикский рубль
       *[other] { $formatted } Таджикский рубль
    }

currency-tjs = таджикский сомони
currency-tjs-amount =
    { $amount ->
        [one] { $formatted } таджикский сомони
        [few] { $formatted } таджикских сомони
        [many] { $formatted } таджикских сомони
       *[other] { $formatted } таджикского сомони
    }

currency-tmm = Туркменский манат
currency-tmm-amount =
    { $amount ->
        [one] { $formatted } Туркменский манат
        [few] { $formatted } Туркменский манат
        [many] { $formatted } Туркменский манат
       *[other] { $formatted } Туркменский манат
    }

currency-tmt = новый туркменский манат
    .symbol = ТМТ
currency-tmt-amount =
    { $amount ->
        [one] { $formatted } новый туркменский манат
        [few] { $formatted } новых туркменских маната
        [many] { $formatted } новых туркменских манатов
       *[other] { $formatted } нового туркменского маната
    }

currency-tnd = тунисский динар
currency-tnd-amount =
    { $amount ->
        [one] { $formatted } тунисский динар
        [few] { $formatted } тунисских динара
        [many] { $formatted } тунисских динаров
       *[other] { $formatted } тунисского динара
    }

currency-top = тонганская паанга
    .symbol-narrow = T$
currency-top-amount =
    { $amount ->
        [one] { $formatted } тонганская паанга
        [few] { $formatted } тонганские паанги
        [many] { $formatted } тонганских паанг
       *[other] { $formatted } тонганской паанги
    }

currency-tpe = Тиморское эскудо
currency-tpe-amount =
    { $amount ->
        [one] { $formatted } Тиморское эскудо
        [few] { $formatted } Тиморское эскудо
        [many] { $formatted } Тиморское эскудо
       *[other] { $formatted } Тиморское эскудо
    }

currency-trl = Турецкая лира (1922–2005)
currency-trl-amount =
    { $amount ->
        [one] { $formatted } турецкая лира (1922–2005)
        [few] { $formatted } турецкие лиры (1922–2005)
        [many] { $formatted } турецких лир (1922–2005)
       *[other] { $formatted } турецкой лиры (1922–2005)
    }

currency-try = турецкая лира
    .symbol-narrow = ₺
currency-try-amount =
    { $amount ->
        [one] { $formatted } турецкая лира
        [few] { $formatted } турецкие лиры
        [many] { $formatted } турецких лир
       *[other] { $formatted } турецкой лиры
    }

currency-ttd = доллар Тринидада и Тобаго
    .symbol-narrow = $
currency-ttd-amount =
    { $amount ->
        [one] { $formatted } доллар Тринидада и Тобаго
        [few] { $formatted } доллара Тринидада и Тобаго
        [many] { $formatted } долларов Тринидада и Тобаго
       *[other] { $formatted } доллара Тринидада и Тобаго
    }

currency-twd = новый тайваньский доллар
    .symbol = NT$
currency-twd-amount =
    { $amount ->
        [one] { $formatted } новый тайваньский доллар
        [few] { $formatted } новых тайваньских доллара
        [many] { $formatted } новых тайваньских долларов
       *[other] { $formatted } нового тайваньского доллара
    }

currency-tzs = танзанийский шиллинг
currency-tzs-amount =
    { $amount ->
        [one] { $formatted } танзанийский шиллинг
        [few] { $formatted } танзанийских шиллинга
        [many] { $formatted } танзанийских шиллингов
       *[other] { $formatted } танзанийского шиллинга
    }

currency-uah = украинская гривна
    .symbol = ₴
currency-uah-amount =
    { $amount ->
        [one] { $formatted } украинская гривна
        [few] { $formatted } украинские гривны
        [many] { $formatted } украинских гривен
       *[other] { $formatted } украинской гривны
    }

currency-uak = Карбованец (украинский)
currency-uak-amount =
    { $amount ->
        [one] { $formatted } Карбованец (украинский)
        [few] { $formatted } Карбованец (украинский)
        [many] { $formatted } Карбованец (украинский)
       *[other] { $formatted } Карбованец (украинский)
    }

currency-ugs = Старый угандийский шиллинг
currency-ugs-amount =
    { $amount ->
        [one] { $formatted } Старый угандийский шиллинг
        [few] { $formatted } Старый угандийский шиллинг
        [many] { $formatted } Старый угандийский шиллинг
       *[other] { $formatted } Старый угандийский шиллинг
    }

currency-ugx = угандийский шиллинг
currency-ugx-amount =
    { $amount ->
        [one] { $formatted } угандийский шиллинг
        [few] { $formatted } угандийских шиллинга
        [many] { $formatted } угандийских шиллингов
       *[other] { $formatted } угандийского шиллинга
    }

currency-usd = доллар США
    .symbol = $
currency-usd-amount =
    { $amount ->
        [one] { $formatted } доллар США
        [few] { $formatted } доллара США
        [many] { $formatted } долларов США
       *[other] { $formatted } доллара США
    }

currency-usn = Доллар США следующего дня
currency-usn-amount =
    { $amount ->
        [one] { $formatted } Доллар США следующего дня
        [few] { $formatted } Доллар США следующего дня
        [many] { $formatted } Доллар США следующего дня
       *[other] { $formatted } Доллар США следующего дня
    }

currency-uss = Доллар США текущего дня
currency-uss-amount =
    { $amount ->
        [one] { $formatted } Доллар США текущего дня
        [few] { $formatted } Доллар США текущего дня
        [many] { $formatted } Доллар США текущего дня
       *[other] { $formatted } Доллар США текущего дня
    }

currency-uyi = Уругвайский песо (индекс инфляции)
currency-uyi-amount =
    { $amount ->
        [one] { $formatted } Уругвайский песо (индекс инфляции)
        [few] { $formatted } Уругвайский песо (индекс инфляции)
        [many] { $formatted } Уругвайский песо (индекс инфляции)
       *[other] { $formatted } Уругвайский песо (индекс инфляции)
    }

currency-uyp = Уругвайское старое песо (1975–1993)
currency-uyp-amount =
    { $amount ->
        [one] { $formatted } Уругвайское старое песо (1975–1993)
        [few] { $formatted } Уругвайское старое песо (1975–1993)
        [many] { $formatted } Уругвайское старое песо (1975–1993)
       *[other] { $formatted } Уругвайское старое песо (1975–1993)
    }

currency-uyu = уругвайский песо
    .symbol-narrow = $
currency-uyu-amount =
    { $amount ->
        [one] { $formatted } уругвайский песо
        [few] { $formatted } уругвайских песо
        [many] { $formatted } уругвайских песо
       *[other] { $formatted } уругвайского песо
    }

currency-uzs = узбекский сум
currency-uzs-amount =
    { $amount ->
        [one] { $formatted } узбекский сум
        [few] { $formatted } узбекских сума
        [many] { $formatted } узбекских сумов
       *[other] { $formatted } узбекского сума
    }

currency-veb = Венесуэльский боливар (1871–2008)
currency-veb-amount =
    { $amount ->
        [one] { $formatted } Венесуэльский боливар (1871–2008)
        [few] { $formatted } Венесуэльский боливар (1871–2008)
        [many] { $formatted } Венесуэльский боливар (1871–2008)
       *[other] { $formatted } Венесуэльский боливар (1871–2008)
    }

currency-vef = венесуэльский боливар (2008–2018)
    .symbol-narrow = Bs
currency-vef-amount =
    { $amount ->
        [one] { $formatted } венесуэльский боливар (2008–2018)
        [few] { $formatted } венесуэльских боливара (2008–2018)
        [many] { $formatted } венесуэльских боливаров (2008–2018)
       *[other] { $formatted } венесуэльского боливара (2008–2018)
    }

currency-ves = венесуэльский боливар
currency-ves-amount =
    { $amount ->
        [one] { $formatted } венесуэльский боливар
        [few] { $formatted } венесуэльских боливара
        [many] { $formatted } венесуэльских боливаров
       *[other] { $formatted } венесуэльского боливара
    }

currency-vnd = вьетнамский донг
    .symbol = ₫
currency-vnd-amount =
    { $amount ->
        [one] { $formatted } вьетнамский донг
        [few] { $formatted } вьетнамских донга
        [many] { $formatted } вьетнамских донгов
       *[other] { $formatted } вьетнамского донга
    }

currency-vuv = вату Вануату
currency-vuv-amount =
    { $amount ->
        [one] { $formatted } вату Вануату
        [few] { $formatted } вату Вануату
        [many] { $formatted } вату Вануату
       *[other] { $formatted } вату Вануату
    }

currency-wst = самоанская тала
currency-wst-amount =
    { $amount ->
        [one] { $formatted } самоанская тала
        [few] { $formatted } самоанские талы
        [many] { $formatted } самоанских тал
       *[other] { $formatted } самоанской талы
    }

currency-xaf = франк КФА BEAC
    .symbol = FCFA
currency-xaf-amount =
    { $amount ->
        [one] { $formatted } франк КФА ВЕАС
        [few] { $formatted } франка КФА ВЕАС
        [many] { $formatted } франков КФА ВЕАС
       *[other] { $formatted } франка КФА ВЕАС
    }

currency-xag = Серебро
currency-xag-amount =
    { $amount ->
        [one] { $formatted } Серебро
        [few] { $formatted } Серебро
        [many] { $formatted } Серебро
       *[other] { $formatted } Серебро
    }

currency-xau = Золото
currency-xau-amount =
    { $amount ->
        [one] { $formatted } Золото
        [few] { $formatted } Золото
        [many] { $formatted } Золото
       *[other] { $formatted } Золото
    }

currency-xba = Европейская составная единица
currency-xba-amount =
    { $amount ->
        [one] { $formatted } Европейская составная единица
        [few] { $formatted } Европейская составная единица
        [many] { $formatted } Европейская составная единица
       *[other] { $formatted } Европейская составная единица
    }

currency-xbb = Европейская денежная единица
currency-xbb-amount =
    { $amount ->
        [one] { $formatted } Европейская денежная единица
        [few] { $formatted } Европейская денежная единица
        [many] { $formatted } Европейская денежная единица
       *[other] { $formatted } Европейская денежная единица
    }

currency-xbc = расчетная единица европейского валютного соглашения (XBC)
currency-xbc-amount =
    { $amount ->
        [one] { $formatted } расчетная единица европейского валютного соглашения (XBC)
        [few] { $formatted } расчетная единица европейского валютного соглашения (XBC)
        [many] { $formatted } расчетная единица европейского валютного соглашения (XBC)
       *[other] { $formatted } расчетная единица европейского валютного соглашения (XBC)
    }

currency-xbd = расчетная единица европейского валютного соглашения (XBD)
currency-xbd-amount =
    { $amount ->
        [one] { $formatted } расчетная единица европейского валютного соглашения (XBD)
        [few] { $formatted } расчетная единица европейского валютного соглашения (XBD)
        [many] { $formatted } расчетная единица европейского валютного соглашения (XBD)
       *[other] { $formatted } расчетная единица европейского валютного соглашения (XBD)
    }

currency-xcd = восточно-карибский доллар
    .symbol = EC$
    .symbol-narrow = $
currency-xcd-amount =
    { $amount ->
        [one] { $formatted } восточно-карибский доллар
        [few] { $formatted } восточно-карибских доллара
        [many] { $formatted } восточно-карибских долларов
       *[other] { $formatted } восточно-карибского доллара
    }

currency-xcg = карибский гульден
    .symbol = Cg
currency-xcg-amount =
    { $amount ->
        [one] { $formatted } карибский гульден
        [few] { $formatted } карибских гульдена
        [many] { $formatted } карибских гульденов
       *[other] { $formatted } карибского гульдена
    }

currency-xdr = СДР (специальные права заимствования)
currency-xdr-amount =
    { $amount ->
        [one] { $formatted } СДР (специальные права заимствования)
        [few] { $formatted } СДР (специальные права заимствования)
        [many] { $formatted } СДР (специальные права заимствования)
       *[other] { $formatted } СДР (специальные права заимствования)
    }

currency-xeu = ЭКЮ (единица европейской валюты)
currency-xeu-amount =
    { $amount ->
        [one] { $formatted } ЭКЮ (единица европейской валюты)
        [few] { $formatted } ЭКЮ (единица европейской валюты)
        [many] { $formatted } ЭКЮ (единица европейской валюты)
       *[other] { $formatted } ЭКЮ (единица европейской валюты)
    }

currency-xfo = Французский золотой франк
currency-xfo-amount =
    { $amount ->
        [one] { $formatted } Французский золотой франк
        [few] { $formatted } Французский золотой франк
        [many] { $formatted } Французский золотой франк
       *[other] { $formatted } Французский золотой франк
    }

currency-xfu = Французский UIC-франк
currency-xfu-amount =
    { $amount ->
        [one] { $formatted } Французский UIC-франк
        [few] { $formatted } Французский UIC-франк
        [many] { $formatted } Французский UIC-франк
       *[other] { $formatted } Французский UIC-франк
    }

currency-xof = франк КФА ВСЕАО
    .symbol = F CFA
currency-xof-amount =
    { $amount ->
        [one] { $formatted } франк КФА ВСЕАО
        [few] { $formatted } франка КФА ВСЕАО
        [many] { $formatted } франков КФА ВСЕАО
       *[other] { $formatted } франка КФА ВСЕАО
    }

currency-xpd = Палладий
currency-xpd-amount =
    { $amount ->
        [one] { $formatted } Палладий
        [few] { $formatted } Палладий
        [many] { $formatted } Палладий
       *[other] { $formatted } Палладий
    }

currency-xpf = французский тихоокеанский франк
    .symbol = CFPF
currency-xpf-amount =
    { $amount ->
        [one] { $formatted } французский тихоокеанский франк
        [few] { $formatted } французских тихоокеанских франка
        [many] { $formatted } французских тихоокеанских франков
       *[other] { $formatted } французского тихоокеанского франка
    }

currency-xpt = Платина
currency-xpt-amount =
    { $amount ->
        [one] { $formatted } Платина
        [few] { $formatted } Платина
        [many] { $formatted } Платина
       *[other] { $formatted } Платина
    }

currency-xre = единица RINET-фондов
currency-xre-amount =
    { $amount ->
        [one] { $formatted } единица RINET-фондов
        [few] { $formatted } единица RINET-фондов
        [many] { $formatted } единица RINET-фондов
       *[other] { $formatted } единица RINET-фондов
    }

currency-xts = тестовый валютный код
currency-xts-amount =
    { $amount ->
        [one] { $formatted } тестовый валютный код
        [few] { $formatted } тестовый валютный код
        [many] { $formatted } тестовый валютный код
       *[other] { $formatted } тестовый валютный код
    }

currency-xxx = неизвестная валюта
    .symbol = XXXX
currency-xxx-amount =
    { $amount ->
        [one] { $formatted } единица неизвестной валюты
        [few] { $formatted } единицы неизвестной валюты
        [many] { $formatted } единиц неизвестной валюты
       *[other] { $formatted } единицы неизвестной валюты
    }

currency-ydd = Йеменский динар
currency-ydd-amount =
    { $amount ->
        [one] { $formatted } Йеменский динар
        [few] { $formatted } Йеменский динар
        [many] { $formatted } Йеменский динар
       *[other] { $formatted } Йеменский динар
    }

currency-yer = йеменский риал
currency-yer-amount =
    { $amount ->
        [one] { $formatted } йеменский риал
        [few] { $formatted } йеменских риала
        [many] { $formatted } йеменских риалов
       *[other] { $formatted } йеменского риала
    }

currency-yud = Югославский твердый динар
currency-yud-amount =
    { $amount ->
        [one] { $formatted } Югославский твердый динар
        [few] { $formatted } Югославский твердый динар
        [many] { $formatted } Югославский твердый динар
       *[other] { $formatted } Югославский твердый динар
    }

currency-yum = Югославский новый динар
currency-yum-amount =
    { $amount ->
        [one] { $formatted } Югославский новый динар
        [few] { $formatted } Югославский новый динар
        [many] { $formatted } Югославский новый динар
       *[other] { $formatted } Югославский новый динар
    }

currency-yun = Югославский динар
currency-yun-amount =
    { $amount ->
        [one] { $formatted } Югославский динар
        [few] { $formatted } Югославский динар
        [many] { $formatted } Югославский динар
       *[other] { $formatted } Югославский динар
    }

currency-zal = Южноафриканский рэнд (финансовый)
currency-zal-amount =
    { $amount ->
        [one] { $formatted } Южноафриканский рэнд (финансовый)
        [few] { $formatted } Южноафриканский рэнд (финансовый)
        [many] { $formatted } Южноафриканский рэнд (финансовый)
       *[other] { $formatted } Южноафриканский рэнд (финансовый)
    }

currency-zar = южноафриканский рэнд
    .symbol-narrow = R
currency-zar-amount =
    { $amount ->
        [one] { $formatted } южноафриканский рэнд
        [few] { $formatted } южноафриканских рэнда
        [many] { $formatted } южноафриканских рэндов
       *[other] { $formatted } южноафриканского рэнда
    }

currency-zmk = Квача (замбийская) (1968–2012)
currency-zmk-amount =
    { $amount ->
        [one] { $formatted } замбийская квача (1968–2012)
        [few] { $formatted } замбийские квачи (1968–2012)
        [many] { $formatted } замбийских квач (1968–2012)
       *[other] { $formatted } замбийской квачи (1968–2012)
    }

currency-zmw = замбийская квача
    .symbol-narrow = ZK
currency-zmw-amount =
    { $amount ->
        [one] { $formatted } замбийская квача
        [few] { $formatted } замбийские квачи
        [many] { $formatted } замбийских квач
       *[other] { $formatted } замбийской квачи
    }

currency-zrn = Новый заир
currency-zrn-amount =
    { $amount ->
        [one] { $formatted } Новый заир
        [few] { $formatted } Новый заир
        [many] { $formatted } Новый заир
       *[other] { $formatted } Новый заир
    }

currency-zrz = Заир
currency-zrz-amount =
    { $amount ->
        [one] { $formatted } Заир
        [few] { $formatted } Заир
        [many] { $formatted } Заир
       *[other] { $formatted } Заир
    }

currency-zwd = Доллар Зимбабве
currency-zwd-amount =
    { $amount ->
        [one] { $formatted } Доллар Зимбабве
        [few] { $formatted } Доллар Зимбабве
        [many] { $formatted } Доллар Зимбабве
       *[other] { $formatted } Доллар Зимбабве
    }

currency-zwg = зимбабвийский золотой
currency-zwg-amount =
    { $amount ->
        [one] { $formatted } зимбабвийский золотой
        [few] { $formatted } зимбабвийских золотых
        [many] { $formatted } зимбабвийских золотых
       *[other] { $formatted } зимбабвийского золотого
    }

currency-zwl = Доллар Зимбабве (2009)
currency-zwl-amount =
    { $amount ->
        [one] { $formatted } Доллар Зимбабве (2009)
        [few] { $formatted } Доллар Зимбабве (2009)
        [many] { $formatted } Доллар Зимбабве (2009)
       *[other] { $formatted } Доллар Зимбабве (2009)
    }

### Currency names and amounts (en), generated from CLDR: do not edit.
###
### Regenerate with `cargo run --example gen_currencies -- --write` after
### changing locales/house-currencies.ftl (house style, which wins over CLDR)
### or the CLDR data (currencies_cldr_en_az_ru.json in the shared data folder).
###
### 307 currencies, 0 names in house style.
### currency-CODE: the display name; .symbol and .symbol-narrow where CLDR
### has a symbol other than the code.
### currency-CODE-amount: an amount of the currency. $amount is the number
### (it selects the CLDR plural category: one, other); $formatted is the same
### number written in this locale's notation (korpu::text::format_number),
### as Fluent does not format numbers per locale.

currency-adp = Andorran Peseta
currency-adp-amount =
    { $amount ->
        [one] { $formatted } Andorran peseta
       *[other] { $formatted } Andorran pesetas
    }

currency-aed = United Arab Emirates Dirham
currency-aed-amount =
    { $amount ->
        [one] { $formatted } UAE dirham
       *[other] { $formatted } UAE dirhams
    }

currency-afa = Afghan Afghani (1927–2002)
currency-afa-amount =
    { $amount ->
        [one] { $formatted } Afghan afghani (1927–2002)
       *[other] { $formatted } Afghan afghanis (1927–2002)
    }

currency-afn = Afghan Afghani
    .symbol-narrow = ؋
currency-afn-amount =
    { $amount ->
        [one] { $formatted } Afghan Afghani
       *[other] { $formatted } Afghan Afghanis
    }

currency-alk = Albanian Lek (1946–1965)
currency-alk-amount =
    { $amount ->
        [one] { $formatted } Albanian lek (1946–1965)
       *[other] { $formatted } Albanian lekë (1946–1965)
    }

currency-all = Albanian Lek
currency-all-amount =
    { $amount ->
        [one] { $formatted } Albanian lek
       *[other] { $formatted } Albanian lekë
    }

currency-amd = Armenian Dram
    .symbol-narrow = ֏
currency-amd-amount =
    { $amount ->
        [one] { $formatted } Armenian dram
       *[other] { $formatted } Armenian drams
    }

currency-ang = Netherlands Antillean Guilder
currency-ang-amount =
    { $amount ->
        [one] { $formatted } Netherlands Antillean guilder
       *[other] { $formatted } Netherlands Antillean guilders
    }

currency-aoa = Angolan Kwanza
    .symbol-narrow = Kz
currency-aoa-amount =
    { $amount ->
        [one] { $formatted } Angolan kwanza
       *[other] { $formatted } Angolan kwanzas
    }

currency-aok = Angolan Kwanza (1977–1991)
currency-aok-amount =
    { $amount ->
        [one] { $formatted } Angolan kwanza (1977–1991)
       *[other] { $formatted } Angolan kwanzas (1977–1991)
    }

currency-aon = Angolan New Kwanza (1990–2000)
currency-aon-amount =
    { $amount ->
        [one] { $formatted } Angolan new kwanza (1990–2000)
       *[other] { $formatted } Angolan new kwanzas (1990–2000)
    }

currency-aor = Angolan Readjusted Kwanza (1995–1999)
currency-aor-amount =
    { $amount ->
        [one] { $formatted } Angolan readjusted kwanza (1995–1999)
       *[other] { $formatted } Angolan readjusted kwanzas (1995–1999)
    }

currency-ara = Argentine Austral
currency-ara-amount =
    { $amount ->
        [one] { $formatted } Argentine austral
       *[other] { $formatted } Argentine australs
    }

currency-arl = Argentine Peso Ley (1970–1983)
currency-arl-amount =
    { $amount ->
        [one] { $formatted } Argentine peso ley (1970–1983)
       *[other] { $formatted } Argentine pesos ley (1970–1983)
    }

currency-arm = Argentine Peso (1881–1970)
currency-arm-amount =
    { $amount ->
        [one] { $formatted } Argentine peso (1881–1970)
       *[other] { $formatted } Argentine pesos (1881–1970)
    }

currency-arp = Argentine Peso (1983–1985)
currency-arp-amount =
    { $amount ->
        [one] { $formatted } Argentine peso (1983–1985)
       *[other] { $formatted } Argentine pesos (1983–1985)
    }

currency-ars = Argentine Peso
    .symbol-narrow = $
currency-ars-amount =
    { $amount ->
        [one] { $formatted } Argentine peso
       *[other] { $formatted } Argentine pesos
    }

currency-ats = Austrian Schilling
currency-ats-amount =
    { $amount ->
        [one] { $formatted } Austrian schilling
       *[other] { $formatted } Austrian schillings
    }

currency-aud = Australian Dollar
    .symbol = A$
    .symbol-narrow = $
currency-aud-amount =
    { $amount ->
        [one] { $formatted } Australian dollar
       *[other] { $formatted } Australian dollars
    }

currency-awg = Aruban Florin
currency-awg-amount =
    { $amount ->
        [one] { $formatted } Aruban florin
       *[other] { $formatted } Aruban florin
    }

currency-azm = Azerbaijani Manat (1993–2006)
currency-azm-amount =
    { $amount ->
        [one] { $formatted } Azerbaijani manat (1993–2006)
       *[other] { $formatted } Azerbaijani manats (1993–2006)
    }

currency-azn = Azerbaijani Manat
    .symbol-narrow = ₼
currency-azn-amount =
    { $amount ->
        [one] { $formatted } Azerbaijani manat
       *[other] { $formatted } Azerbaijani manats
    }

currency-bad = Bosnia-Herzegovina Dinar (1992–1994)
currency-bad-amount =
    { $amount ->
        [one] { $formatted } Bosnia-Herzegovina dinar (1992–1994)
       *[other] { $formatted } Bosnia-Herzegovina dinars (1992–1994)
    }

currency-bam = Bosnia-Herzegovina Convertible Mark
    .symbol-narrow = KM
currency-bam-amount =
    { $amount ->
        [one] { $formatted } Bosnia-Herzegovina convertible mark
       *[other] { $formatted } Bosnia-Herzegovina convertible marks
    }

currency-ban = Bosnia-Herzegovina New Dinar (1994–1997)
currency-ban-amount =
    { $amount ->
        [one] { $formatted } Bosnia-Herzegovina new dinar (1994–1997)
       *[other] { $formatted } Bosnia-Herzegovina new dinars (1994–1997)
    }

currency-bbd = Barbadian Dollar
    .symbol-narrow = $
currency-bbd-amount =
    { $amount ->
        [one] { $formatted } Barbadian dollar
       *[other] { $formatted } Barbadian dollars
    }

currency-bdt = Bangladeshi Taka
    .symbol-narrow = ৳
currency-bdt-amount =
    { $amount ->
        [one] { $formatted } Bangladeshi taka
       *[other] { $formatted } Bangladeshi takas
    }

currency-bec = Belgian Franc (convertible)
currency-bec-amount =
    { $amount ->
        [one] { $formatted } Belgian franc (convertible)
       *[other] { $formatted } Belgian francs (convertible)
    }

currency-bef = Belgian Franc
currency-bef-amount =
    { $amount ->
        [one] { $formatted } Belgian franc
       *[other] { $formatted } Belgian francs
    }

currency-bel = Belgian Franc (financial)
currency-bel-amount =
    { $amount ->
        [one] { $formatted } Belgian franc (financial)
       *[other] { $formatted } Belgian francs (financial)
    }

currency-bgl = Bulgarian Hard Lev
currency-bgl-amount =
    { $amount ->
        [one] { $formatted } Bulgarian hard lev
       *[other] { $formatted } Bulgarian hard leva
    }

currency-bgm = Bulgarian Socialist Lev
currency-bgm-amount =
    { $amount ->
        [one] { $formatted } Bulgarian socialist lev
       *[other] { $formatted } Bulgarian socialist leva
    }

currency-bgn = Bulgarian Lev
currency-bgn-amount =
    { $amount ->
        [one] { $formatted } Bulgarian lev
       *[other] { $formatted } Bulgarian leva
    }

currency-bgo = Bulgarian Lev (1879–1952)
currency-bgo-amount =
    { $amount ->
        [one] { $formatted } Bulgarian lev (1879–1952)
       *[other] { $formatted } Bulgarian leva (1879–1952)
    }

currency-bhd = Bahraini Dinar
currency-bhd-amount =
    { $amount ->
        [one] { $formatted } Bahraini dinar
       *[other] { $formatted } Bahraini dinars
    }

currency-bif = Burundian Franc
currency-bif-amount =
    { $amount ->
        [one] { $formatted } Burundian franc
       *[other] { $formatted } Burundian francs
    }

currency-bmd = Bermudan Dollar
    .symbol-narrow = $
currency-bmd-amount =
    { $amount ->
        [one] { $formatted } Bermudan dollar
       *[other] { $formatted } Bermudan dollars
    }

currency-bnd = Brunei Dollar
    .symbol-narrow = $
currency-bnd-amount =
    { $amount ->
        [one] { $formatted } Brunei dollar
       *[other] { $formatted } Brunei dollars
    }

currency-bob = Bolivian Boliviano
    .symbol-narrow = Bs
currency-bob-amount =
    { $amount ->
        [one] { $formatted } Bolivian boliviano
       *[other] { $formatted } Bolivian bolivianos
    }

currency-bol = Bolivian Boliviano (1863–1963)
currency-bol-amount =
    { $amount ->
        [one] { $formatted } Bolivian boliviano (1863–1963)
       *[other] { $formatted } Bolivian bolivianos (1863–1963)
    }

currency-bop = Bolivian Peso
currency-bop-amount =
    { $amount ->
        [one] { $formatted } Bolivian peso
       *[other] { $formatted } Bolivian pesos
    }

currency-bov = Bolivian Mvdol
currency-bov-amount =
    { $amount ->
        [one] { $formatted } Bolivian mvdol
       *[other] { $formatted } Bolivian mvdols
    }

currency-brb = Brazilian New Cruzeiro (1967–1986)
currency-brb-amount =
    { $amount ->
        [one] { $formatted } Brazilian new cruzeiro (1967–1986)
       *[other] { $formatted } Brazilian new cruzeiros (1967–1986)
    }

currency-brc = Brazilian Cruzado (1986–1989)
currency-brc-amount =
    { $amount ->
        [one] { $formatted } Brazilian cruzado (1986–1989)
       *[other] { $formatted } Brazilian cruzados (1986–1989)
    }

currency-bre = Brazilian Cruzeiro (1990–1993)
currency-bre-amount =
    { $amount ->
        [one] { $formatted } Brazilian cruzeiro (1990–1993)
       *[other] { $formatted } Brazilian cruzeiros (1990–1993)
    }

currency-brl = Brazilian Real
    .symbol = R$
currency-brl-amount =
    { $amount ->
        [one] { $formatted } Brazilian real
       *[other] { $formatted } Brazilian reals
    }

currency-brn = Brazilian New Cruzado (1989–1990)
currency-brn-amount =
    { $amount ->
        [one] { $formatted } Brazilian new cruzado (1989–1990)
       *[other] { $formatted } Brazilian new cruzados (1989–1990)
    }

currency-brr = Brazilian Cruzeiro (1993–1994)
currency-brr-amount =
    { $amount ->
        [one] { $formatted } Brazilian cruzeiro (1993–1994)
       *[other] { $formatted } Brazilian cruzeiros (1993–1994)
    }

currency-brz = Brazilian Cruzeiro (1942–1967)
currency-brz-amount =
    { $amount ->
        [one] { $formatted } Brazilian cruzeiro (1942–1967)
       *[other] { $formatted } Brazilian cruzeiros (1942–1967)
    }

currency-bsd = Bahamian Dollar
    .symbol-narrow = $
currency-bsd-amount =
    { $amount ->
        [one] { $formatted } Bahamian dollar
       *[other] { $formatted } Bahamian dollars
    }

currency-btn = Bhutanese Ngultrum
currency-btn-amount =
    { $amount ->
        [one] { $formatted } Bhutanese ngultrum
       *[other] { $formatted } Bhutanese ngultrums
    }

currency-buk = Burmese Kyat
currency-buk-amount =
    { $amount ->
        [one] { $formatted } Burmese kyat
       *[other] { $formatted } Burmese kyats
    }

currency-bwp = Botswanan Pula
    .symbol-narrow = P
currency-bwp-amount =
    { $amount ->
        [one] { $formatted } Botswanan pula
       *[other] { $formatted } Botswanan pulas
    }

currency-byb = Belarusian Ruble (1994–1999)
currency-byb-amount =
    { $amount ->
        [one] { $formatted } Belarusian ruble (1994–1999)
       *[other] { $formatted } Belarusian rubles (1994–1999)
    }

currency-byn = Belarusian Ruble
currency-byn-amount =
    { $amount ->
        [one] { $formatted } Belarusian ruble
       *[other] { $formatted } Belarusian rubles
    }

currency-byr = Belarusian Ruble (2000–2016)
currency-byr-amount =
    { $amount ->
        [one] { $formatted } Belarusian ruble (2000–2016)
       *[other] { $formatted } Belarusian rubles (2000–2016)
    }

currency-bzd = Belize Dollar
    .symbol-narrow = $
currency-bzd-amount =
    { $amount ->
        [one] { $formatted } Belize dollar
       *[other] { $formatted } Belize dollars
    }

currency-cad = Canadian Dollar
    .symbol = CA$
    .symbol-narrow = $
currency-cad-amount =
    { $amount ->
        [one] { $formatted } Canadian dollar
       *[other] { $formatted } Canadian dollars
    }

currency-cdf = Congolese Franc
currency-cdf-amount =
    { $amount ->
        [one] { $formatted } Congolese franc
       *[other] { $formatted } Congolese francs
    }

currency-che = WIR Euro
currency-che-amount =
    { $amount ->
        [one] { $formatted } WIR euro
       *[other] { $formatted } WIR euros
    }

currency-chf = Swiss Franc
currency-chf-amount =
    { $amount ->
        [one] { $formatted } Swiss franc
       *[other] { $formatted } Swiss francs
    }

currency-chw = WIR Franc
currency-chw-amount =
    { $amount ->
        [one] { $formatted } WIR franc
       *[other] { $formatted } WIR francs
    }

currency-cle = Chilean Escudo
currency-cle-amount =
    { $amount ->
        [one] { $formatted } Chilean escudo
       *[other] { $formatted } Chilean escudos
    }

currency-clf = Chilean Unit of Account (UF)
currency-clf-amount =
    { $amount ->
        [one] { $formatted } Chilean unit of account (UF)
       *[other] { $formatted } Chilean units of account (UF)
    }

currency-clp = Chilean Peso
    .symbol-narrow = $
currency-clp-amount =
    { $amount ->
        [one] { $formatted } Chilean peso
       *[other] { $formatted } Chilean pesos
    }

currency-cnh = Chinese Yuan (offshore)
currency-cnh-amount =
    { $amount ->
        [one] { $formatted } Chinese yuan (offshore)
       *[other] { $formatted } Chinese yuan (offshore)
    }

currency-cnx = Chinese People’s Bank Dollar
currency-cnx-amount =
    { $amount ->
        [one] { $formatted } Chinese People’s Bank dollar
       *[other] { $formatted } Chinese People’s Bank dollars
    }

currency-cny = Chinese Yuan
    .symbol = CN¥
    .symbol-narrow = ¥
currency-cny-amount =
    { $amount ->
        [one] { $formatted } Chinese yuan
       *[other] { $formatted } Chinese yuan
    }

currency-cop = Colombian Peso
    .symbol-narrow = $
currency-cop-amount =
    { $amount ->
        [one] { $formatted } Colombian peso
       *[other] { $formatted } Colombian pesos
    }

currency-cou = Colombian Real Value Unit
currency-cou-amount =
    { $amount ->
        [one] { $formatted } Colombian real value unit
       *[other] { $formatted } Colombian real value units
    }

currency-crc = Costa Rican Colón
    .symbol-narrow = ₡
currency-crc-amount =
    { $amount ->
        [one] { $formatted } Costa Rican colón
       *[other] { $formatted } Costa Rican colóns
    }

currency-csd = Serbian Dinar (2002–2006)
currency-csd-amount =
    { $amount ->
        [one] { $formatted } Serbian dinar (2002–2006)
       *[other] { $formatted } Serbian dinars (2002–2006)
    }

currency-csk = Czechoslovak Hard Koruna
currency-csk-amount =
    { $amount ->
        [one] { $formatted } Czechoslovak hard koruna
       *[other] { $formatted } Czechoslovak hard korunas
    }

currency-cuc = Cuban Convertible Peso
    .symbol-narrow = $
currency-cuc-amount =
    { $amount ->
        [one] { $formatted } Cuban convertible peso
       *[other] { $formatted } Cuban convertible pesos
    }

currency-cup = Cuban Peso
    .symbol-narrow = $
currency-cup-amount =
    { $amount ->
        [one] { $formatted } Cuban peso
       *[other] { $formatted } Cuban pesos
    }

currency-cve = Cape Verdean Escudo
currency-cve-amount =
    { $amount ->
        [one] { $formatted } Cape Verdean escudo
       *[other] { $formatted } Cape Verdean escudos
    }

currency-cyp = Cypriot Pound
currency-cyp-amount =
    { $amount ->
        [one] { $formatted } Cypriot pound
       *[other] { $formatted } Cypriot pounds
    }

currency-czk = Czech Koruna
    .symbol-narrow = Kč
currency-czk-amount =
    { $amount ->
        [one] { $formatted } Czech koruna
       *[other] { $formatted } Czech korunas
    }

currency-ddm = East German Mark
currency-ddm-amount =
    { $amount ->
        [one] { $formatted } East German mark
       *[other] { $formatted } East German marks
    }

currency-dem = German Mark
currency-dem-amount =
    { $amount ->
        [one] { $formatted } German mark
       *[other] { $formatted } German marks
    }

currency-djf = Djiboutian Franc
currency-djf-amount =
    { $amount ->
        [one] { $formatted } Djiboutian franc
       *[other] { $formatted } Djiboutian francs
    }

currency-dkk = Danish Krone
    .symbol-narrow = kr
currency-dkk-amount =
    { $amount ->
        [one] { $formatted } Danish krone
       *[other] { $formatted } Danish kroner
    }

currency-dop = Dominican Peso
    .symbol-narrow = $
currency-dop-amount =
    { $amount ->
        [one] { $formatted } Dominican peso
       *[other] { $formatted } Dominican pesos
    }

currency-dzd = Algerian Dinar
currency-dzd-amount =
    { $amount ->
        [one] { $formatted } Algerian dinar
       *[other] { $formatted } Algerian dinars
    }

currency-ecs = Ecuadorian Sucre
currency-ecs-amount =
    { $amount ->
        [one] { $formatted } Ecuadorian sucre
       *[other] { $formatted } Ecuadorian sucres
    }

currency-ecv = Ecuadorian Unit of Constant Value
currency-ecv-amount =
    { $amount ->
        [one] { $formatted } Ecuadorian unit of constant value
       *[other] { $formatted } Ecuadorian units of constant value
    }

currency-eek = Estonian Kroon
currency-eek-amount =
    { $amount ->
        [one] { $formatted } Estonian kroon
       *[other] { $formatted } Estonian kroons
    }

currency-egp = Egyptian Pound
    .symbol-narrow = E£
currency-egp-amount =
    { $amount ->
        [one] { $formatted } Egyptian pound
       *[other] { $formatted } Egyptian pounds
    }

currency-ern = Eritrean Nakfa
currency-ern-amount =
    { $amount ->
        [one] { $formatted } Eritrean nakfa
       *[other] { $formatted } Eritrean nakfas
    }

currency-esa = Spanish Peseta (A account)
currency-esa-amount =
    { $amount ->
        [one] { $formatted } Spanish peseta (A account)
       *[other] { $formatted } Spanish pesetas (A account)
    }

currency-esb = Spanish Peseta (convertible account)
currency-esb-amount =
    { $amount ->
        [one] { $formatted } Spanish peseta (convertible account)
       *[other] { $formatted } Spanish pesetas (convertible account)
    }

currency-esp = Spanish Peseta
    .symbol-narrow = ₧
currency-esp-amount =
    { $amount ->
        [one] { $formatted } Spanish peseta
       *[other] { $formatted } Spanish pesetas
    }

currency-etb = Ethiopian Birr
currency-etb-amount =
    { $amount ->
        [one] { $formatted } Ethiopian birr
       *[other] { $formatted } Ethiopian birrs
    }

currency-eur = Euro
    .symbol = €
currency-eur-amount =
    { $amount ->
        [one] { $formatted } euro
       *[other] { $formatted } euros
    }

currency-fim = Finnish Markka
currency-fim-amount =
    { $amount ->
        [one] { $formatted } Finnish markka
       *[other] { $formatted } Finnish markkas
    }

currency-fjd = Fijian Dollar
    .symbol-narrow = $
currency-fjd-amount =
    { $amount ->
        [one] { $formatted } Fijian dollar
       *[other] { $formatted } Fijian dollars
    }

currency-fkp = Falkland Islands Pound
    .symbol-narrow = £
currency-fkp-amount =
    { $amount ->
        [one] { $formatted } Falkland Islands pound
       *[other] { $formatted } Falkland Islands pounds
    }

currency-frf = French Franc
currency-frf-amount =
    { $amount ->
        [one] { $formatted } French franc
       *[other] { $formatted } French francs
    }

currency-gbp = British Pound
    .symbol = £
currency-gbp-amount =
    { $amount ->
        [one] { $formatted } British pound
       *[other] { $formatted } British pounds
    }

currency-gek = Georgian Kupon Larit
currency-gek-amount =
    { $amount ->
        [one] { $formatted } Georgian kupon larit
       *[other] { $formatted } Georgian kupon larits
    }

currency-gel = Georgian Lari
    .symbol-narrow = ₾
currency-gel-amount =
    { $amount ->
        [one] { $formatted } Georgian lari
       *[other] { $formatted } Georgian laris
    }

currency-ghc = Ghanaian Cedi (1979–2007)
currency-ghc-amount =
    { $amount ->
        [one] { $formatted } Ghanaian cedi (1979–2007)
       *[other] { $formatted } Ghanaian cedis (1979–2007)
    }

currency-ghs = Ghanaian Cedi
    .symbol-narrow = GH₵
currency-ghs-amount =
    { $amount ->
        [one] { $formatted } Ghanaian cedi
       *[other] { $formatted } Ghanaian cedis
    }

currency-gip = Gibraltar Pound
    .symbol-narrow = £
currency-gip-amount =
    { $amount ->
        [one] { $formatted } Gibraltar pound
       *[other] { $formatted } Gibraltar pounds
    }

currency-gmd = Gambian Dalasi
currency-gmd-amount =
    { $amount ->
        [one] { $formatted } Gambian dalasi
       *[other] { $formatted } Gambian dalasis
    }

currency-gnf = Guinean Franc
    .symbol-narrow = FG
currency-gnf-amount =
    { $amount ->
        [one] { $formatted } Guinean franc
       *[other] { $formatted } Guinean francs
    }

currency-gns = Guinean Syli
currency-gns-amount =
    { $amount ->
        [one] { $formatted } Guinean syli
       *[other] { $formatted } Guinean sylis
    }

currency-gqe = Equatorial Guinean Ekwele
currency-gqe-amount =
    { $amount ->
        [one] { $formatted } Equatorial Guinean ekwele
       *[other] { $formatted } Equatorial Guinean ekwele
    }

currency-grd = Greek Drachma
currency-grd-amount =
    { $amount ->
        [one] { $formatted } Greek drachma
       *[other] { $formatted } Greek drachmas
    }

currency-gtq = Guatemalan Quetzal
    .symbol-narrow = Q
currency-gtq-amount =
    { $amount ->
        [one] { $formatted } Guatemalan quetzal
       *[other] { $formatted } Guatemalan quetzals
    }

currency-gwe = Portuguese Guinea Escudo
currency-gwe-amount =
    { $amount ->
        [one] { $formatted } Portuguese Guinea escudo
       *[other] { $formatted } Portuguese Guinea escudos
    }

currency-gwp = Guinea-Bissau Peso
currency-gwp-amount =
    { $amount ->
        [one] { $formatted } Guinea-Bissau peso
       *[other] { $formatted } Guinea-Bissau pesos
    }

currency-gyd = Guyanaese Dollar
    .symbol-narrow = $
currency-gyd-amount =
    { $amount ->
        [one] { $formatted } Guyanaese dollar
       *[other] { $formatted } Guyanaese dollars
    }

currency-hkd = Hong Kong Dollar
    .symbol = HK$
    .symbol-narrow = $
currency-hkd-amount =
    { $amount ->
        [one] { $formatted } Hong Kong dollar
       *[other] { $formatted } Hong Kong dollars
    }

currency-hnl = Honduran Lempira
    .symbol-narrow = L
currency-hnl-amount =
    { $amount ->
        [one] { $formatted } Honduran lempira
       *[other] { $formatted } Honduran lempiras
    }

currency-hrd = Croatian Dinar
currency-hrd-amount =
    { $amount ->
        [one] { $formatted } Croatian dinar
       *[other] { $formatted } Croatian dinars
    }

currency-hrk = Croatian Kuna
    .symbol-narrow = kn
currency-hrk-amount =
    { $amount ->
        [one] { $formatted } Croatian kuna
       *[other] { $formatted } Croatian kunas
    }

currency-htg = Haitian Gourde
currency-htg-amount =
    { $amount ->
        [one] { $formatted } Haitian gourde
       *[other] { $formatted } Haitian gourdes
    }

currency-huf = Hungarian Forint
    .symbol-narrow = Ft
currency-huf-amount =
    { $amount ->
        [one] { $formatted } Hungarian forint
       *[other] { $formatted } Hungarian forints
    }

currency-idr = Indonesian Rupiah
    .symbol-narrow = Rp
currency-idr-amount =
    { $amount ->
        [one] { $formatted } Indonesian rupiah
       *[other] { $formatted } Indonesian rupiahs
    }

currency-iep = Irish Pound
currency-iep-amount =
    { $amount ->
        [one] { $formatted } Irish pound
       *[other] { $formatted } Irish pounds
    }

currency-ilp = Israeli Pound
currency-ilp-amount =
    { $amount ->
        [one] { $formatted } Israeli pound
       *[other] { $formatted } Israeli pounds
    }

currency-ilr = Israeli Shekel (1980–1985)
currency-ilr-amount =
    { $amount ->
        [one] { $formatted } Israeli shekel (1980–1985)
       *[other] { $formatted } Israeli shekels (1980–1985)
    }

currency-ils = Israeli New Shekel
    .symbol = ₪
currency-ils-amount =
    { $amount ->
        [one] { $formatted } Israeli new shekel
       *[other] { $formatted } Israeli new shekels
    }

currency-inr = Indian Rupee
    .symbol = ₹
currency-inr-amount =
    { $amount ->
        [one] { $formatted } Indian rupee
       *[other] { $formatted } Indian rupees
    }

currency-iqd = Iraqi Dinar
currency-iqd-amount =
    { $amount ->
        [one] { $formatted } Iraqi dinar
       *[other] { $formatted } Iraqi dinars
    }

currency-irr = Iranian Rial
currency-irr-amount =
    { $amount ->
        [one] { $formatted } Iranian rial
       *[other] { $formatted } Iranian rials
    }

currency-isj = Icelandic Króna (1918–1981)
currency-isj-amount =
    { $amount ->
        [one] { $formatted } Icelandic króna (1918–1981)
       *[other] { $formatted } Icelandic krónur (1918–1981)
    }

currency-isk = Icelandic Króna
    .symbol-narrow = kr
currency-isk-amount =
    { $amount ->
        [one] { $formatted } Icelandic króna
       *[other] { $formatted } Icelandic krónur
    }

currency-itl = Italian Lira
currency-itl-amount =
    { $amount ->
        [one] { $formatted } Italian lira
       *[other] { $formatted } Italian liras
    }

currency-jmd = Jamaican Dollar
    .symbol-narrow = $
currency-jmd-amount =
    { $amount ->
        [one] { $formatted } Jamaican dollar
       *[other] { $formatted } Jamaican dollars
    }

currency-jod = Jordanian Dinar
currency-jod-amount =
    { $amount ->
        [one] { $formatted } Jordanian dinar
       *[other] { $formatted } Jordanian dinars
    }

currency-jpy = Japanese Yen
    .symbol = ¥
currency-jpy-amount =
    { $amount ->
        [one] { $formatted } Japanese yen
       *[other] { $formatted } Japanese yen
    }

currency-kes = Kenyan Shilling
currency-kes-amount =
    { $amount ->
        [one] { $formatted } Kenyan shilling
       *[other] { $formatted } Kenyan shillings
    }

currency-kgs = Kyrgyz Som
    .symbol-narrow = ⃀
currency-kgs-amount =
    { $amount ->
        [one] { $formatted } Kyrgyz som
       *[other] { $formatted } Kyrgyz soms
    }

currency-khr = Cambodian Riel
    .symbol-narrow = ៛
currency-khr-amount =
    { $amount ->
        [one] { $formatted } Cambodian riel
       *[other] { $formatted } Cambodian riels
    }

currency-kmf = Comorian Franc
    .symbol-narrow = CF
currency-kmf-amount =
    { $amount ->
        [one] { $formatted } Comorian franc
       *[other] { $formatted } Comorian francs
    }

currency-kpw = North Korean Won
    .symbol-narrow = ₩
currency-kpw-amount =
    { $amount ->
        [one] { $formatted } North Korean won
       *[other] { $formatted } North Korean won
    }

currency-krh = South Korean Hwan (1953–1962)
currency-krh-amount =
    { $amount ->
        [one] { $formatted } South Korean hwan (1953–1962)
       *[other] { $formatted } South Korean hwan (1953–1962)
    }

currency-kro = South Korean Won (1945–1953)
currency-kro-amount =
    { $amount ->
        [one] { $formatted } South Korean won (1945–1953)
       *[other] { $formatted } South Korean won (1945–1953)
    }

currency-krw = South Korean Won
    .symbol = ₩
currency-krw-amount =
    { $amount ->
        [one] { $formatted } South Korean won
       *[other] { $formatted } South Korean won
    }

currency-kwd = Kuwaiti Dinar
currency-kwd-amount =
    { $amount ->
        [one] { $formatted } Kuwaiti dinar
       *[other] { $formatted } Kuwaiti dinars
    }

currency-kyd = Cayman Islands Dollar
    .symbol-narrow = $
currency-kyd-amount =
    { $amount ->
        [one] { $formatted } Cayman Islands dollar
       *[other] { $formatted } Cayman Islands dollars
    }

currency-kzt = Kazakhstani Tenge
    .symbol-narrow = ₸
currency-kzt-amount =
    { $amount ->
        [one] { $formatted } Kazakhstani tenge
       *[other] { $formatted } Kazakhstani tenges
    }

currency-lak = Laotian Kip
    .symbol-narrow = ₭
currency-lak-amount =
    { $amount ->
        [one] { $formatted } Laotian kip
       *[other] { $formatted } Laotian kips
    }

currency-lbp = Lebanese Pound
    .symbol-narrow = L£
currency-lbp-amount =
    { $amount ->
        [one] { $formatted } Lebanese pound
       *[other] { $formatted } Lebanese pounds
    }

currency-lkr = Sri Lankan Rupee
    .symbol-narrow = Rs
currency-lkr-amount =
    { $amount ->
        [one] { $formatted } Sri Lankan rupee
       *[other] { $formatted } Sri Lankan rupees
    }

currency-lrd = Liberian Dollar
    .symbol-narrow = $
currency-lrd-amount =
    { $amount ->
        [one] { $formatted } Liberian dollar
       *[other] { $formatted } Liberian dollars
    }

currency-lsl = Lesotho Loti
currency-lsl-amount =
    { $amount ->
        [one] { $formatted } Lesotho loti
       *[other] { $formatted } Lesotho lotis
    }

currency-ltl = Lithuanian Litas
    .symbol-narrow = Lt
currency-ltl-amount =
    { $amount ->
        [one] { $formatted } Lithuanian litas
       *[other] { $formatted } Lithuanian litai
    }

currency-ltt = Lithuanian Talonas
currency-ltt-amount =
    { $amount ->
        [one] { $formatted } Lithuanian talonas
       *[other] { $formatted } Lithuanian talonases
    }

currency-luc = Luxembourgian Convertible Franc
currency-luc-amount =
    { $amount ->
        [one] { $formatted } Luxembourgian convertible franc
       *[other] { $formatted } Luxembourgian convertible francs
    }

currency-luf = Luxembourgian Franc
currency-luf-amount =
    { $amount ->
        [one] { $formatted } Luxembourgian franc
       *[other] { $formatted } Luxembourgian francs
    }

currency-lul = Luxembourg Financial Franc
currency-lul-amount =
    { $amount ->
        [one] { $formatted } Luxembourg financial franc
       *[other] { $formatted } Luxembourg financial francs
    }

currency-lvl = Latvian Lats
    .symbol-narrow = Ls
currency-lvl-amount =
    { $amount ->
        [one] { $formatted } Latvian lats
       *[other] { $formatted } Latvian lati
    }

currency-lvr = Latvian Ruble
currency-lvr-amount =
    { $amount ->
        [one] { $formatted } Latvian ruble
       *[other] { $formatted } Latvian rubles
    }

currency-lyd = Libyan Dinar
currency-lyd-amount =
    { $amount ->
        [one] { $formatted } Libyan dinar
       *[other] { $formatted } Libyan dinars
    }

currency-mad = Moroccan Dirham
currency-mad-amount =
    { $amount ->
        [one] { $formatted } Moroccan dirham
       *[other] { $formatted } Moroccan dirhams
    }

currency-maf = Moroccan Franc
currency-maf-amount =
    { $amount ->
        [one] { $formatted } Moroccan franc
       *[other] { $formatted } Moroccan francs
    }

currency-mcf = Monegasque Franc
currency-mcf-amount =
    { $amount ->
        [one] { $formatted } Monegasque franc
       *[other] { $formatted } Monegasque francs
    }

currency-mdc = Moldovan Cupon
currency-mdc-amount =
    { $amount ->
        [one] { $formatted } Moldovan cupon
       *[other] { $formatted } Moldovan cupon
    }

currency-mdl = Moldovan Leu
currency-mdl-amount =
    { $amount ->
        [one] { $formatted } Moldovan leu
       *[other] { $formatted } Moldovan lei
    }

currency-mga = Malagasy Ariary
    .symbol-narrow = Ar
currency-mga-amount =
    { $amount ->
        [one] { $formatted } Malagasy ariary
       *[other] { $formatted } Malagasy ariaries
    }

currency-mgf = Malagasy Franc
currency-mgf-amount =
    { $amount ->
        [one] { $formatted } Malagasy franc
       *[other] { $formatted } Malagasy francs
    }

currency-mkd = Macedonian Denar
currency-mkd-amount =
    { $amount ->
        [one] { $formatted } Macedonian denar
       *[other] { $formatted } Macedonian denari
    }

currency-mkn = Macedonian Denar (1992–1993)
currency-mkn-amount =
    { $amount ->
        [one] { $formatted } Macedonian denar (1992–1993)
       *[other] { $formatted } Macedonian denari (1992–1993)
    }

currency-mlf = Malian Franc
currency-mlf-amount =
    { $amount ->
        [one] { $formatted } Malian franc
       *[other] { $formatted } Malian francs
    }

currency-mmk = Myanmar Kyat
    .symbol-narrow = K
currency-mmk-amount =
    { $amount ->
        [one] { $formatted } Myanmar kyat
       *[other] { $formatted } Myanmar kyats
    }

currency-mnt = Mongolian Tugrik
    .symbol-narrow = ₮
currency-mnt-amount =
    { $amount ->
        [one] { $formatted } Mongolian tugrik
       *[other] { $formatted } Mongolian tugriks
    }

currency-mop = Macanese Pataca
currency-mop-amount =
    { $amount ->
        [one] { $formatted } Macanese pataca
       *[other] { $formatted } Macanese patacas
    }

currency-mro = Mauritanian Ouguiya (1973–2017)
currency-mro-amount =
    { $amount ->
        [one] { $formatted } Mauritanian ouguiya (1973–2017)
       *[other] { $formatted } Mauritanian ouguiyas (1973–2017)
    }

currency-mru = Mauritanian Ouguiya
currency-mru-amount =
    { $amount ->
        [one] { $formatted } Mauritanian ouguiya
       *[other] { $formatted } Mauritanian ouguiyas
    }

currency-mtl = Maltese Lira
currency-mtl-amount =
    { $amount ->
        [one] { $formatted } Maltese lira
       *[other] { $formatted } Maltese lira
    }

currency-mtp = Maltese Pound
currency-mtp-amount =
    { $amount ->
        [one] { $formatted } Maltese pound
       *[other] { $formatted } Maltese pounds
    }

currency-mur = Mauritian Rupee
    .symbol-narrow = Rs
currency-mur-amount =
    { $amount ->
        [one] { $formatted } Mauritian rupee
       *[other] { $formatted } Mauritian rupees
    }

currency-mvp = Maldivian Rupee (1947–1981)
currency-mvp-amount =
    { $amount ->
        [one] { $formatted } Maldivian rupee (1947–1981)
       *[other] { $formatted } Maldivian rupees (1947–1981)
    }

currency-mvr = Maldivian Rufiyaa
currency-mvr-amount =
    { $amount ->
        [one] { $formatted } Maldivian rufiyaa
       *[other] { $formatted } Maldivian rufiyaas
    }

currency-mwk = Malawian Kwacha
currency-mwk-amount =
    { $amount ->
        [one] { $formatted } Malawian kwacha
       *[other] { $formatted } Malawian kwachas
    }

currency-mxn = Mexican Peso
    .symbol = MX$
    .symbol-narrow = $
currency-mxn-amount =
    { $amount ->
        [one] { $formatted } Mexican peso
       *[other] { $formatted } Mexican pesos
    }

currency-mxp = Mexican Silver Peso (1861–1992)
currency-mxp-amount =
    { $amount ->
        [one] { $formatted } Mexican silver peso (1861–1992)
       *[other] { $formatted } Mexican silver pesos (1861–1992)
    }

currency-mxv = Mexican Investment Unit
currency-mxv-amount =
    { $amount ->
        [one] { $formatted } Mexican investment unit
       *[other] { $formatted } Mexican investment units
    }

currency-myr = Malaysian Ringgit
    .symbol-narrow = RM
currency-myr-amount =
    { $amount ->
        [one] { $formatted } Malaysian ringgit
       *[other] { $formatted } Malaysian ringgits
    }

currency-mze = Mozambican Escudo
currency-mze-amount =
    { $amount ->
        [one] { $formatted } Mozambican escudo
       *[other] { $formatted } Mozambican escudos
    }

currency-mzm = Mozambican Metical (1980–2006)
currency-mzm-amount =
    { $amount ->
        [one] { $formatted } Mozambican metical (1980–2006)
       *[other] { $formatted } Mozambican meticals (1980–2006)
    }

currency-mzn = Mozambican Metical
currency-mzn-amount =
    { $amount ->
        [one] { $formatted } Mozambican metical
       *[other] { $formatted } Mozambican meticals
    }

currency-nad = Namibian Dollar
    .symbol-narrow = $
currency-nad-amount =
    { $amount ->
        [one] { $formatted } Namibian dollar
       *[other] { $formatted } Namibian dollars
    }

currency-ngn = Nigerian Naira
    .symbol-narrow = ₦
currency-ngn-amount =
    { $amount ->
        [one] { $formatted } Nigerian naira
       *[other] { $formatted } Nigerian nairas
    }

currency-nic = Nicaraguan Córdoba (1988–1991)
currency-nic-amount =
    { $amount ->
        [one] { $formatted } Nicaraguan córdoba (1988–1991)
       *[other] { $formatted } Nicaraguan córdobas (1988–1991)
    }

currency-nio = Nicaraguan Córdoba
    .symbol-narrow = C$
currency-nio-amount =
    { $amount ->
        [one] { $formatted } Nicaraguan córdoba
       *[other] { $formatted } Nicaraguan córdobas
    }

currency-nlg = Dutch Guilder
currency-nlg-amount =
    { $amount ->
        [one] { $formatted } Dutch guilder
       *[other] { $formatted } Dutch guilders
    }

currency-nok = Norwegian Krone
    .symbol-narrow = kr
currency-nok-amount =
    { $amount ->
        [one] { $formatted } Norwegian krone
       *[other] { $formatted } Norwegian kroner
    }

currency-npr = Nepalese Rupee
    .symbol-narrow = Rs
currency-npr-amount =
    { $amount ->
        [one] { $formatted } Nepalese rupee
       *[other] { $formatted } Nepalese rupees
    }

currency-nzd = New Zealand Dollar
    .symbol = NZ$
    .symbol-narrow = $
currency-nzd-amount =
    { $amount ->
        [one] { $formatted } New Zealand dollar
       *[other] { $formatted } New Zealand dollars
    }

currency-omr = Omani Rial
currency-omr-amount =
    { $amount ->
        [one] { $formatted } Omani rial
       *[other] { $formatted } Omani rials
    }

currency-pab = Panamanian Balboa
currency-pab-amount =
    { $amount ->
        [one] { $formatted } Panamanian balboa
       *[other] { $formatted } Panamanian balboas
    }

currency-pei = Peruvian Inti
currency-pei-amount =
    { $amount ->
        [one] { $formatted } Peruvian inti
       *[other] { $formatted } Peruvian intis
    }

currency-pen = Peruvian Sol
currency-pen-amount =
    { $amount ->
        [one] { $formatted } Peruvian sol
       *[other] { $formatted } Peruvian soles
    }

currency-pes = Peruvian Sol (1863–1965)
currency-pes-amount =
    { $amount ->
        [one] { $formatted } Peruvian sol (1863–1965)
       *[other] { $formatted } Peruvian soles (1863–1965)
    }

currency-pgk = Papua New Guinean Kina
currency-pgk-amount =
    { $amount ->
        [one] { $formatted } Papua New Guinean kina
       *[other] { $formatted } Papua New Guinean kina
    }

currency-php = Philippine Peso
    .symbol = ₱
currency-php-amount =
    { $amount ->
        [one] { $formatted } Philippine peso
       *[other] { $formatted } Philippine pesos
    }

currency-pkr = Pakistani Rupee
    .symbol-narrow = Rs
currency-pkr-amount =
    { $amount ->
        [one] { $formatted } Pakistani rupee
       *[other] { $formatted } Pakistani rupees
    }

currency-pln = Polish Zloty
    .symbol-narrow = zł
currency-pln-amount =
    { $amount ->
        [one] { $formatted } Polish zloty
       *[other] { $formatted } Polish zlotys
    }

currency-plz = Polish Zloty (1950–1995)
currency-plz-amount =
    { $amount ->
        [one] { $formatted } Polish zloty (PLZ)
       *[other] { $formatted } Polish zlotys (PLZ)
    }

currency-pte = Portuguese Escudo
currency-pte-amount =
    { $amount ->
        [one] { $formatted } Portuguese escudo
       *[other] { $formatted } Portuguese escudos
    }

currency-pyg = Paraguayan Guarani
    .symbol-narrow = ₲
currency-pyg-amount =
    { $amount ->
        [one] { $formatted } Paraguayan guarani
       *[other] { $formatted } Paraguayan guaranis
    }

currency-qar = Qatari Riyal
currency-qar-amount =
    { $amount ->
        [one] { $formatted } Qatari riyal
       *[other] { $formatted } Qatari riyals
    }

currency-rhd = Rhodesian Dollar
currency-rhd-amount =
    { $amount ->
        [one] { $formatted } Rhodesian dollar
       *[other] { $formatted } Rhodesian dollars
    }

currency-rol = Romanian Leu (1952–2006)
currency-rol-amount =
    { $amount ->
        [one] { $formatted } Romanian leu (1952–2006)
       *[other] { $formatted } Romanian Lei (1952–2006)
    }

currency-ron = Romanian Leu
    .symbol-narrow = lei
currency-ron-amount =
    { $amount ->
        [one] { $formatted } Romanian leu
       *[other] { $formatted } Romanian lei
    }

currency-rsd = Serbian Dinar
currency-rsd-amount =
    { $amount ->
        [one] { $formatted } Serbian dinar
       *[other] { $formatted } Serbian dinars
    }

currency-rub = Russian Ruble
    .symbol-narrow = ₽
currency-rub-amount =
    { $amount ->
        [one] { $formatted } Russian ruble
       *[other] { $formatted } Russian rubles
    }

currency-rur = Russian Ruble (1991–1998)
currency-rur-amount =
    { $amount ->
        [one] { $formatted } Russian ruble (1991–1998)
       *[other] { $formatted } Russian rubles (1991–1998)
    }

currency-rwf = Rwandan Franc
    .symbol-narrow = RF
currency-rwf-amount =
    { $amount ->
        [one] { $formatted } Rwandan franc
       *[other] { $formatted } Rwandan francs
    }

currency-sar = Saudi Riyal
currency-sar-amount =
    { $amount ->
        [one] { $formatted } Saudi riyal
       *[other] { $formatted } Saudi riyals
    }

currency-sbd = Solomon Islands Dollar
    .symbol-narrow = $
currency-sbd-amount =
    { $amount ->
        [one] { $formatted } Solomon Islands dollar
       *[other] { $formatted } Solomon Islands dollars
    }

currency-scr = Seychellois Rupee
currency-scr-amount =
    { $amount ->
        [one] { $formatted } Seychellois rupee
       *[other] { $formatted } Seychellois rupees
    }

currency-sdd = Sudanese Dinar (1992–2007)
currency-sdd-amount =
    { $amount ->
        [one] { $formatted } Sudanese dinar (1992–2007)
       *[other] { $formatted } Sudanese dinars (1992–2007)
    }

currency-sdg = Sudanese Pound
currency-sdg-amount =
    { $amount ->
        [one] { $formatted } Sudanese pound
       *[other] { $formatted } Sudanese pounds
    }

currency-sdp = Sudanese Pound (1957–1998)
currency-sdp-amount =
    { $amount ->
        [one] { $formatted } Sudanese pound (1957–1998)
       *[other] { $formatted } Sudanese pounds (1957–1998)
    }

currency-sek = Swedish Krona
    .symbol-narrow = kr
currency-sek-amount =
    { $amount ->
        [one] { $formatted } Swedish krona
       *[other] { $formatted } Swedish kronor
    }

currency-sgd = Singapore Dollar
    .symbol-narrow = $
currency-sgd-amount =
    { $amount ->
        [one] { $formatted } Singapore dollar
       *[other] { $formatted } Singapore dollars
    }

currency-shp = St. Helena Pound
    .symbol-narrow = £
currency-shp-amount =
    { $amount ->
        [one] { $formatted } St. Helena pound
       *[other] { $formatted } St. Helena pounds
    }

currency-sit = Slovenian Tolar
currency-sit-amount =
    { $amount ->
        [one] { $formatted } Slovenian tolar
       *[other] { $formatted } Slovenian tolars
    }

currency-skk = Slovak Koruna
currency-skk-amount =
    { $amount ->
        [one] { $formatted } Slovak koruna
       *[other] { $formatted } Slovak korunas
    }

currency-sle = Sierra Leonean Leone
currency-sle-amount =
    { $amount ->
        [one] { $formatted } Sierra Leonean leone
       *[other] { $formatted } Sierra Leonean leones
    }

currency-sll = Sierra Leonean Leone (1964—2022)
currency-sll-amount =
    { $amount ->
        [one] { $formatted } Sierra Leonean leone (1964—2022)
       *[other] { $formatted } Sierra Leonean leones (1964—2022)
    }

currency-sos = Somali Shilling
currency-sos-amount =
    { $amount ->
        [one] { $formatted } Somali shilling
       *[other] { $formatted } Somali shillings
    }

currency-srd = Surinamese Dollar
    .symbol-narrow = $
currency-srd-amount =
    { $amount ->
        [one] { $formatted } Surinamese dollar
       *[other] { $formatted } Surinamese dollars
    }

currency-srg = Surinamese Guilder
currency-srg-amount =
    { $amount ->
        [one] { $formatted } Surinamese guilder
       *[other] { $formatted } Surinamese guilders
    }

currency-ssp = South Sudanese Pound
    .symbol-narrow = £
currency-ssp-amount =
    { $amount ->
        [one] { $formatted } South Sudanese pound
       *[other] { $formatted } South Sudanese pounds
    }

currency-std = São Tomé & Príncipe Dobra (1977–2017)
currency-std-amount =
    { $amount ->
        [one] { $formatted } São Tomé & Príncipe dobra (1977–2017)
       *[other] { $formatted } São Tomé & Príncipe dobras (1977–2017)
    }

currency-stn = São Tomé & Príncipe Dobra
    .symbol-narrow = Db
currency-stn-amount =
    { $amount ->
        [one] { $formatted } São Tomé & Príncipe dobra
       *[other] { $formatted } São Tomé & Príncipe dobras
    }

currency-sur = Soviet Rouble
currency-sur-amount =
    { $amount ->
        [one] { $formatted } Soviet rouble
       *[other] { $formatted } Soviet roubles
    }

currency-svc = Salvadoran Colón
currency-svc-amount =
    { $amount ->
        [one] { $formatted } Salvadoran colón
       *[other] { $formatted } Salvadoran colones
    }

currency-syp = Syrian Pound
    .symbol-narrow = £
currency-syp-amount =
    { $amount ->
        [one] { $formatted } Syrian pound
       *[other] { $formatted } Syrian pounds
    }

currency-szl = Swazi Lilangeni
currency-szl-amount =
    { $amount ->
        [one] { $formatted } Swazi lilangeni
       *[other] { $formatted } Swazi emalangeni
    }

currency-thb = Thai Baht
    .symbol-narrow = ฿
currency-thb-amount =
    { $amount ->
        [one] { $formatted } Thai baht
       *[other] { $formatted } Thai baht
    }

currency-tjr = Tajikistani Ruble
currency-tjr-amount =
    { $amount ->
        [one] { $formatted } Tajikistani ruble
       *[other] { $formatted } Tajikistani rubles
    }

currency-tjs = Tajikistani Somoni
currency-tjs-amount =
    { $amount ->
        [one] { $formatted } Tajikistani somoni
       *[other] { $formatted } Tajikistani somonis
    }

currency-tmm = Turkmenistani Manat (1993–2009)
currency-tmm-amount =
    { $amount ->
        [one] { $formatted } Turkmenistani manat (1993–2009)
       *[other] { $formatted } Turkmenistani manat (1993–2009)
    }

currency-tmt = Turkmenistani Manat
currency-tmt-amount =
    { $amount ->
        [one] { $formatted } Turkmenistani manat
       *[other] { $formatted } Turkmenistani manat
    }

currency-tnd = Tunisian Dinar
currency-tnd-amount =
    { $amount ->
        [one] { $formatted } Tunisian dinar
       *[other] { $formatted } Tunisian dinars
    }

currency-top = Tongan Paʻanga
    .symbol-narrow = T$
currency-top-amount =
    { $amount ->
        [one] { $formatted } Tongan paʻanga
       *[other] { $formatted } Tongan paʻanga
    }

currency-tpe = Timorese Escudo
currency-tpe-amount =
    { $amount ->
        [one] { $formatted } Timorese escudo
       *[other] { $formatted } Timorese escudos
    }

currency-trl = Turkish Lira (1922–2005)
currency-trl-amount =
    { $amount ->
        [one] { $formatted } Turkish lira (1922–2005)
       *[other] { $formatted } Turkish Lira (1922–2005)
    }

currency-try = Turkish Lira
    .symbol-narrow = ₺
currency-try-amount =
    { $amount ->
        [one] { $formatted } Turkish lira
       *[other] { $formatted } Turkish Lira
    }

currency-ttd = Trinidad & Tobago Dollar
    .symbol-narrow = $
currency-ttd-amount =
    { $amount ->
        [one] { $formatted } Trinidad & Tobago dollar
       *[other] { $formatted } Trinidad & Tobago dollars
    }

currency-twd = New Taiwan Dollar
    .symbol = NT$
    .symbol-narrow = $
currency-twd-amount =
    { $amount ->
        [one] { $formatted } New Taiwan dollar
       *[other] { $formatted } New Taiwan dollars
    }

currency-tzs = Tanzanian Shilling
currency-tzs-amount =
    { $amount ->
        [one] { $formatted } Tanzanian shilling
       *[other] { $formatted } Tanzanian shillings
    }

currency-uah = Ukrainian Hryvnia
    .symbol-narrow = ₴
currency-uah-amount =
    { $amount ->
        [one] { $formatted } Ukrainian hryvnia
       *[other] { $formatted } Ukrainian hryvnias
    }

currency-uak = Ukrainian Karbovanets
currency-uak-amount =
    { $amount ->
        [one] { $formatted } Ukrainian karbovanets
       *[other] { $formatted } Ukrainian karbovantsiv
    }

currency-ugs = Ugandan Shilling (1966–1987)
currency-ugs-amount =
    { $amount ->
        [one] { $formatted } Ugandan shilling (1966–1987)
       *[other] { $formatted } Ugandan shillings (1966–1987)
    }

currency-ugx = Ugandan Shilling
currency-ugx-amount =
    { $amount ->
        [one] { $formatted } Ugandan shilling
       *[other] { $formatted } Ugandan shillings
    }

currency-usd = US Dollar
    .symbol = $
currency-usd-amount =
    { $amount ->
        [one] { $formatted } US dollar
       *[other] { $formatted } US dollars
    }

currency-usn = US Dollar (Next day)
currency-usn-amount =
    { $amount ->
        [one] { $formatted } US dollar (next day)
       *[other] { $formatted } US dollars (next day)
    }

currency-uss = US Dollar (Same day)
currency-uss-amount =
    { $amount ->
        [one] { $formatted } US dollar (same day)
       *[other] { $formatted } US dollars (same day)
    }

currency-uyi = Uruguayan Peso (Indexed Units)
currency-uyi-amount =
    { $amount ->
        [one] { $formatted } Uruguayan peso (indexed units)
       *[other] { $formatted } Uruguayan pesos (indexed units)
    }

currency-uyp = Uruguayan Peso (1975–1993)
currency-uyp-amount =
    { $amount ->
        [one] { $formatted } Uruguayan peso (1975–1993)
       *[other] { $formatted } Uruguayan pesos (1975–1993)
    }

currency-uyu = Uruguayan Peso
    .symbol-narrow = $
currency-uyu-amount =
    { $amount ->
        [one] { $formatted } Uruguayan peso
       *[other] { $formatted } Uruguayan pesos
    }

currency-uyw = Uruguayan Nominal Wage Index Unit
currency-uyw-amount =
    { $amount ->
        [one] { $formatted } Uruguayan nominal wage index unit
       *[other] { $formatted } Uruguayan nominal wage index units
    }

currency-uzs = Uzbekistani Som
currency-uzs-amount =
    { $amount ->
        [one] { $formatted } Uzbekistani som
       *[other] { $formatted } Uzbekistani som
    }

currency-veb = Venezuelan Bolívar (1871–2008)
currency-veb-amount =
    { $amount ->
        [one] { $formatted } Venezuelan bolívar (1871–2008)
       *[other] { $formatted } Venezuelan bolívars (1871–2008)
    }

currency-ved = Bolívar Soberano
currency-ved-amount =
    { $amount ->
        [one] { $formatted } Bolívar Soberano
       *[other] { $formatted } Bolívar Soberanos
    }

currency-vef = Venezuelan Bolívar (2008–2018)
    .symbol-narrow = Bs
currency-vef-amount =
    { $amount ->
        [one] { $formatted } Venezuelan bolívar (2008–2018)
       *[other] { $formatted } Venezuelan bolívars (2008–2018)
    }

currency-ves = Venezuelan Bolívar
currency-ves-amount =
    { $amount ->
        [one] { $formatted } Venezuelan bolívar
       *[other] { $formatted } Venezuelan bolívars
    }

currency-vnd = Vietnamese Dong
    .symbol = ₫
currency-vnd-amount =
    { $amount ->
        [one] { $formatted } Vietnamese dong
       *[other] { $formatted } Vietnamese dong
    }

currency-vnn = Vietnamese Dong (1978–1985)
currency-vnn-amount =
    { $amount ->
        [one] { $formatted } Vietnamese dong (1978–1985)
       *[other] { $formatted } Vietnamese dong (1978–1985)
    }

currency-vuv = Vanuatu Vatu
currency-vuv-amount =
    { $amount ->
        [one] { $formatted } Vanuatu vatu
       *[other] { $formatted } Vanuatu vatus
    }

currency-wst = Samoan Tala
currency-wst-amount =
    { $amount ->
        [one] { $formatted } Samoan tala
       *[other] { $formatted } Samoan tala
    }

currency-xaf = Central African CFA Franc
    .symbol = FCFA
currency-xaf-amount =
    { $amount ->
        [one] { $formatted } Central African CFA franc
       *[other] { $formatted } Central African CFA francs
    }

currency-xag = Silver
currency-xag-amount =
    { $amount ->
        [one] { $formatted } troy ounce of silver
       *[other] { $formatted } troy ounces of silver
    }

currency-xau = Gold
currency-xau-amount =
    { $amount ->
        [one] { $formatted } troy ounce of gold
       *[other] { $formatted } troy ounces of gold
    }

currency-xba = European Composite Unit
currency-xba-amount =
    { $amount ->
        [one] { $formatted } European composite unit
       *[other] { $formatted } European composite units
    }

currency-xbb = European Monetary Unit
currency-xbb-amount =
    { $amount ->
        [one] { $formatted } European monetary unit
       *[other] { $formatted } European monetary units
    }

currency-xbc = European Unit of Account (XBC)
currency-xbc-amount =
    { $amount ->
        [one] { $formatted } European unit of account (XBC)
       *[other] { $formatted } European units of account (XBC)
    }

currency-xbd = European Unit of Account (XBD)
currency-xbd-amount =
    { $amount ->
        [one] { $formatted } European unit of account (XBD)
       *[other] { $formatted } European units of account (XBD)
    }

currency-xcd = East Caribbean Dollar
    .symbol = EC$
    .symbol-narrow = $
currency-xcd-amount =
    { $amount ->
        [one] { $formatted } East Caribbean dollar
       *[other] { $formatted } East Caribbean dollars
    }

currency-xcg = Caribbean guilder
    .symbol = Cg.
currency-xcg-amount =
    { $amount ->
        [one] { $formatted } Caribbean guilder
       *[other] { $formatted } Caribbean guilders
    }

currency-xdr = Special Drawing Rights
currency-xdr-amount =
    { $amount ->
        [one] { $formatted } special drawing rights
       *[other] { $formatted } special drawing rights
    }

currency-xeu = European Currency Unit
currency-xeu-amount =
    { $amount ->
        [one] { $formatted } European currency unit
       *[other] { $formatted } European currency units
    }

currency-xfo = French Gold Franc
currency-xfo-amount =
    { $amount ->
        [one] { $formatted } French gold franc
       *[other] { $formatted } French gold francs
    }

currency-xfu = French UIC-Franc
currency-xfu-amount =
    { $amount ->
        [one] { $formatted } French UIC-franc
       *[other] { $formatted } French UIC-francs
    }

currency-xof = West African CFA Franc
    .symbol = F CFA
currency-xof-amount =
    { $amount ->
        [one] { $formatted } West African CFA franc
       *[other] { $formatted } West African CFA francs
    }

currency-xpd = Palladium
currency-xpd-amount =
    { $amount ->
        [one] { $formatted } troy ounce of palladium
       *[other] { $formatted } troy ounces of palladium
    }

currency-xpf = CFP Franc
    .symbol = CFPF
currency-xpf-amount =
    { $amount ->
        [one] { $formatted } CFP franc
       *[other] { $formatted } CFP francs
    }

currency-xpt = Platinum
currency-xpt-amount =
    { $amount ->
        [one] { $formatted } troy ounce of platinum
       *[other] { $formatted } troy ounces of platinum
    }

currency-xre = RINET Funds
currency-xre-amount =
    { $amount ->
        [one] { $formatted } RINET Funds unit
       *[other] { $formatted } RINET Funds units
    }

currency-xsu = Sucre
currency-xsu-amount =
    { $amount ->
        [one] { $formatted } Sucre
       *[other] { $formatted } Sucres
    }

currency-xts = Testing Currency Code
currency-xts-amount =
    { $amount ->
        [one] { $formatted } Testing Currency unit
       *[other] { $formatted } Testing Currency units
    }

currency-xua = ADB Unit of Account
currency-xua-amount =
    { $amount ->
        [one] { $formatted } ADB unit of account
       *[other] { $formatted } ADB units of account
    }

currency-xxx = Unknown Currency
    .symbol = ¤
currency-xxx-amount =
    { $amount ->
        [one] { $formatted } (unknown unit of currency)
       *[other] { $formatted } (unknown currency)
    }

currency-ydd = Yemeni Dinar
currency-ydd-amount =
    { $amount ->
        [one] { $formatted } Yemeni dinar
       *[other] { $formatted } Yemeni dinars
    }

currency-yer = Yemeni Rial
currency-yer-amount =
    { $amount ->
        [one] { $formatted } Yemeni rial
       *[other] { $formatted } Yemeni rials
    }

currency-yud = Yugoslavian Hard Dinar (1966–1990)
currency-yud-amount =
    { $amount ->
        [one] { $formatted } Yugoslavian hard dinar (1966–1990)
       *[other] { $formatted } Yugoslavian hard dinars (1966–1990)
    }

currency-yum = Yugoslavian New Dinar (1994–2002)
currency-yum-amount =
    { $amount ->
        [one] { $formatted } Yugoslavian new dinar (1994–2002)
       *[other] { $formatted } Yugoslavian new dinars (1994–2002)
    }

currency-yun = Yugoslavian Convertible Dinar (1990–1992)
currency-yun-amount =
    { $amount ->
        [one] { $formatted } Yugoslavian convertible dinar (1990–1992)
       *[other] { $formatted } Yugoslavian convertible dinars (1990–1992)
    }

currency-yur = Yugoslavian Reformed Dinar (1992–1993)
currency-yur-amount =
    { $amount ->
        [one] { $formatted } Yugoslavian reformed dinar (1992–1993)
       *[other] { $formatted } Yugoslavian reformed dinars (1992–1993)
    }

currency-zal = South African Rand (financial)
currency-zal-amount =
    { $amount ->
        [one] { $formatted } South African rand (financial)
       *[other] { $formatted } South African rands (financial)
    }

currency-zar = South African Rand
    .symbol-narrow = R
currency-zar-amount =
    { $amount ->
        [one] { $formatted } South African rand
       *[other] { $formatted } South African rand
    }

currency-zmk = Zambian Kwacha (1968–2012)
currency-zmk-amount =
    { $amount ->
        [one] { $formatted } Zambian kwacha (1968–2012)
       *[other] { $formatted } Zambian kwachas (1968–2012)
    }

currency-zmw = Zambian Kwacha
    .symbol-narrow = ZK
currency-zmw-amount =
    { $amount ->
        [one] { $formatted } Zambian kwacha
       *[other] { $formatted } Zambian kwachas
    }

currency-zrn = Zairean New Zaire (1993–1998)
currency-zrn-amount =
    { $amount ->
        [one] { $formatted } Zairean new zaire (1993–1998)
       *[other] { $formatted } Zairean new zaires (1993–1998)
    }

currency-zrz = Zairean Zaire (1971–1993)
currency-zrz-amount =
    { $amount ->
        [one] { $formatted } Zairean zaire (1971–1993)
       *[other] { $formatted } Zairean zaires (1971–1993)
    }

currency-zwd = Zimbabwean Dollar (1980–2008)
currency-zwd-amount =
    { $amount ->
        [one] { $formatted } Zimbabwean dollar (1980–2008)
       *[other] { $formatted } Zimbabwean dollars (1980–2008)
    }

currency-zwg = Zimbabwean Gold
currency-zwg-amount =
    { $amount ->
        [one] { $formatted } Zimbabwean gold
       *[other] { $formatted } Zimbabwean gold
    }

currency-zwl = Zimbabwean Dollar (2009–2024)
currency-zwl-amount =
    { $amount ->
        [one] { $formatted } Zimbabwean dollar (2009–2024)
       *[other] { $formatted } Zimbabwean dollars (2009–2024)
    }

currency-zwr = Zimbabwean Dollar (2008)
currency-zwr-amount =
    { $amount ->
        [one] { $formatted } Zimbabwean dollar (2008)
       *[other] { $formatted } Zimbabwean dollars (2008)
    }

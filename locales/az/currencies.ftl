### Currency names and amounts (az), generated from CLDR: do not edit.
###
### Regenerate with `cargo run --example gen_currencies -- --write` after
### changing locales/house-currencies.ftl (house style, which wins over CLDR)
### or the CLDR data (currencies_cldr_en_az_ru.json in the shared data folder).
###
### 272 currencies, 8 names in house style.
### currency-CODE: the display name; .symbol and .symbol-narrow where CLDR
### has a symbol other than the code.
### currency-CODE-amount: an amount of the currency. $amount is the number
### (it selects the CLDR plural category: one, other); $formatted is the same
### number written in this locale's notation (korpu::text::format_number),
### as Fluent does not format numbers per locale.

currency-adp = Andora Pesetası
currency-adp-amount =
    { $amount ->
        [one] { $formatted } Andora pesetası
       *[other] { $formatted } Andora pesetası
    }

currency-aed = Birləşmiş Ərəb Əmirlikləri Dirhəmi
currency-aed-amount =
    { $amount ->
        [one] { $formatted } BƏƏ dirhəmi
       *[other] { $formatted } BƏƏ dirhəmi
    }

currency-afa = Əfqanıstan Əfqanisi (1927–2002)
currency-afa-amount =
    { $amount ->
        [one] { $formatted } Əfqanıstan əfqanisi (1927–2002)
       *[other] { $formatted } Əfqanıstan əfqanisi (1927–2002)
    }

currency-afn = Əfqanıstan Əfqanisi
    .symbol-narrow = ؋
currency-afn-amount =
    { $amount ->
        [one] { $formatted } Əfqanıstan əfqanisi
       *[other] { $formatted } Əfqanıstan əfqanisi
    }

currency-alk = Albaniya Leki (1946–1965)
currency-alk-amount =
    { $amount ->
        [one] { $formatted } Albaniya leki (1946–1965)
       *[other] { $formatted } Albaniya leki (1946–1965)
    }

currency-all = Albaniya Leki
currency-all-amount =
    { $amount ->
        [one] { $formatted } Albaniya leki
       *[other] { $formatted } Albaniya leki
    }

currency-amd = Ermənistan Dramı
    .symbol-narrow = ֏
currency-amd-amount =
    { $amount ->
        [one] { $formatted } Ermənistan dramı
       *[other] { $formatted } Ermənistan dramı
    }

currency-ang = Niderland Antilyası Gilderi
currency-ang-amount =
    { $amount ->
        [one] { $formatted } Niderland Antilyası gilderi
       *[other] { $formatted } Niderland Antilya gilderi
    }

currency-aoa = Anqola Kvanzası
    .symbol-narrow = Kz
currency-aoa-amount =
    { $amount ->
        [one] { $formatted } Anqola kvanzası
       *[other] { $formatted } Anqola kvanzası
    }

currency-aok = Anqola Kvanzasi (1977–1990)
currency-aok-amount =
    { $amount ->
        [one] { $formatted } Anqola kvanzasi (1977–1990)
       *[other] { $formatted } Anqola kvanzasi (1977–1990)
    }

currency-aon = Anqola Yeni Kvanzası (1990–2000)
currency-aon-amount =
    { $amount ->
        [one] { $formatted } Anqola yeni kvanzası (1990–2000)
       *[other] { $formatted } Anqola yeni kvanzası (1990–2000)
    }

currency-aor = Anqola Kvanzası (1995–1999)
currency-aor-amount =
    { $amount ->
        [one] { $formatted } Anqola kvanzası (1995–1999)
       *[other] { $formatted } Anqola kvanzası (1995–1999)
    }

currency-ara = Argentina avstralı
currency-ara-amount =
    { $amount ->
        [one] { $formatted } Argentina avstralı
       *[other] { $formatted } Argentina avstralı
    }

currency-arp = Argentina pesosu (1983–1985)
currency-arp-amount =
    { $amount ->
        [one] { $formatted } Argentina pesosu (1983–1985)
       *[other] { $formatted } Argentina pesosu (1983–1985)
    }

currency-ars = Argentina Pesosu
    .symbol-narrow = $
currency-ars-amount =
    { $amount ->
        [one] { $formatted } Argentina pesosu
       *[other] { $formatted } Argentina pesosu
    }

currency-ats = Avstriya Şillinqi
currency-ats-amount =
    { $amount ->
        [one] { $formatted } Avstriya şillinqi
       *[other] { $formatted } Avstriya şillinqi
    }

currency-aud = Avstraliya Dolları
    .symbol = A$
    .symbol-narrow = $
currency-aud-amount =
    { $amount ->
        [one] { $formatted } Avstraliya dolları
       *[other] { $formatted } Avstraliya dolları
    }

currency-awg = Aruba Florini
currency-awg-amount =
    { $amount ->
        [one] { $formatted } Aruba florini
       *[other] { $formatted } Aruba florini
    }

currency-azm = Azərbaycan Manatı (1993–2006)
currency-azm-amount =
    { $amount ->
        [one] { $formatted } Azərbaycan manatı (1993–2006)
       *[other] { $formatted } Azərbaycan manatı (1993–2006)
    }

currency-azn = Azərbaycan Manatı
    .symbol = ₼
currency-azn-amount =
    { $amount ->
        [one] { $formatted } Azərbaycan manatı
       *[other] { $formatted } Azərbaycan manatı
    }

currency-bad = Bosniya-Herseqovina Dinarı
currency-bad-amount =
    { $amount ->
        [one] { $formatted } Bosniya-Herseqovina dinarı
       *[other] { $formatted } Bosniya-Herseqovina dinarı
    }

currency-bam = Bosniya-Herseqovina Markası
    .symbol-narrow = KM
currency-bam-amount =
    { $amount ->
        [one] { $formatted } Bosniya-Herseqovina markası
       *[other] { $formatted } Bosniya-Herseqovina markası
    }

currency-bbd = Barbados Dolları
    .symbol-narrow = $
currency-bbd-amount =
    { $amount ->
        [one] { $formatted } Barbados dolları
       *[other] { $formatted } Barbados dolları
    }

currency-bdt = Banqladeş Takası
    .symbol-narrow = ৳
currency-bdt-amount =
    { $amount ->
        [one] { $formatted } Banqladeş takası
       *[other] { $formatted } Banqladeş takası
    }

currency-bec = Belçika Frankı (deyşirik)
currency-bec-amount =
    { $amount ->
        [one] { $formatted } Belçika frankı (deyşirik)
       *[other] { $formatted } Belçika frankı (deyşirik)
    }

currency-bef = Belçika Frankı
currency-bef-amount =
    { $amount ->
        [one] { $formatted } Belçika frankı
       *[other] { $formatted } Belçika frankı
    }

currency-bel = Belçika Frankı (finans)
currency-bel-amount =
    { $amount ->
        [one] { $formatted } Belçika frankı (finans)
       *[other] { $formatted } Belçika frankı (finans)
    }

currency-bgl = Bolqarıstan Levası
currency-bgl-amount =
    { $amount ->
        [one] { $formatted } Bolqarıstan levası
       *[other] { $formatted } Bolqarıstan levası
    }

currency-bgn = Bolqarıstan Levi
currency-bgn-amount =
    { $amount ->
        [one] { $formatted } Bolqarıstan levi
       *[other] { $formatted } Bolqarıstan levi
    }

currency-bhd = Bəhreyn Dinarı
currency-bhd-amount =
    { $amount ->
        [one] { $formatted } Bəhreyn dinarı
       *[other] { $formatted } Bəhreyn dinarı
    }

currency-bif = Burundi Frankı
currency-bif-amount =
    { $amount ->
        [one] { $formatted } Burundi frankı
       *[other] { $formatted } Burundi frankı
    }

currency-bmd = Bermuda Dolları
    .symbol-narrow = $
currency-bmd-amount =
    { $amount ->
        [one] { $formatted } Bermuda dolları
       *[other] { $formatted } Bermuda dolları
    }

currency-bnd = Bruney Dolları
    .symbol-narrow = $
currency-bnd-amount =
    { $amount ->
        [one] { $formatted } Bruney dolları
       *[other] { $formatted } Bruney dolları
    }

currency-bob = Boliviya Bolivianosu
    .symbol-narrow = Bs
currency-bob-amount =
    { $amount ->
        [one] { $formatted } Boliviya bolivianosu
       *[other] { $formatted } Boliviya bolivianosu
    }

currency-bop = Boliviya pesosu
currency-bop-amount =
    { $amount ->
        [one] { $formatted } Boliviya pesosu
       *[other] { $formatted } Boliviya pesosu
    }

currency-bov = Boliviya mvdolı
currency-bov-amount =
    { $amount ->
        [one] { $formatted } Boliviya mvdolı
       *[other] { $formatted } Boliviya mvdolı
    }

currency-brb = Braziliya kruzeyro novası
currency-brb-amount =
    { $amount ->
        [one] { $formatted } Braziliya kruzeyro novası
       *[other] { $formatted } Braziliya kruzeyro novası
    }

currency-brc = Braziliya kruzadosu
currency-brc-amount =
    { $amount ->
        [one] { $formatted } Braziliya kruzadosu
       *[other] { $formatted } Braziliya kruzadosu
    }

currency-bre = Braziliya kruzeyrosu (1990–1993)
currency-bre-amount =
    { $amount ->
        [one] { $formatted } Braziliya kruzeyrosu (1990–1993)
       *[other] { $formatted } Braziliya kruzeyrosu (1990–1993)
    }

currency-brl = Braziliya Realı
    .symbol = R$
currency-brl-amount =
    { $amount ->
        [one] { $formatted } Braziliya realı
       *[other] { $formatted } Braziliya realı
    }

currency-brn = Braziliya kruzado novası
currency-brn-amount =
    { $amount ->
        [one] { $formatted } Braziliya kruzado novası
       *[other] { $formatted } Braziliya kruzado novası
    }

currency-brr = Braziliya kruzeyrosu
currency-brr-amount =
    { $amount ->
        [one] { $formatted } Braziliya kruzeyrosu
       *[other] { $formatted } Braziliya kruzeyrosu
    }

currency-bsd = Baham Dolları
    .symbol-narrow = $
currency-bsd-amount =
    { $amount ->
        [one] { $formatted } Baham dolları
       *[other] { $formatted } Baham dolları
    }

currency-btn = Butan Nqultrumu
currency-btn-amount =
    { $amount ->
        [one] { $formatted } Butan nqultrumu
       *[other] { $formatted } Butan nqultrumu
    }

currency-buk = Burmis Kyatı
currency-buk-amount =
    { $amount ->
        [one] { $formatted } Burmis kyatı
       *[other] { $formatted } Burmis kyatı
    }

currency-bwp = Botsvana Pulası
    .symbol-narrow = P
currency-bwp-amount =
    { $amount ->
        [one] { $formatted } Botsvana pulası
       *[other] { $formatted } Botsvana pulası
    }

currency-byb = Belarus Yeni Rublu (1994–1999)
currency-byb-amount =
    { $amount ->
        [one] { $formatted } Belarus yeni rublu (1994–1999)
       *[other] { $formatted } Belarus yeni rublu (1994–1999)
    }

currency-byn = Belarus Rublu
    .symbol-narrow = р.
currency-byn-amount =
    { $amount ->
        [one] { $formatted } Belarus rublu
       *[other] { $formatted } Belarus rublu
    }

currency-byr = Belarus Rublu (2000–2016)
currency-byr-amount =
    { $amount ->
        [one] { $formatted } Belarus rublu (2000–2016)
       *[other] { $formatted } Belarus rublu (2000–2016)
    }

currency-bzd = Beliz Dolları
    .symbol-narrow = $
currency-bzd-amount =
    { $amount ->
        [one] { $formatted } Beliz dolları
       *[other] { $formatted } Beliz dolları
    }

currency-cad = Kanada Dolları
    .symbol = CA$
    .symbol-narrow = $
currency-cad-amount =
    { $amount ->
        [one] { $formatted } Kanada dolları
       *[other] { $formatted } Kanada dolları
    }

currency-cdf = Konqo Frankı
currency-cdf-amount =
    { $amount ->
        [one] { $formatted } Konqo frankı
       *[other] { $formatted } Konqo frankı
    }

currency-che = WIR Avro
currency-che-amount =
    { $amount ->
        [one] { $formatted } WIR avro
       *[other] { $formatted } WIR avro
    }

# House style overrides CLDR, which has "İsveçrə Frankı".
currency-chf = İsveçrə frankı
currency-chf-amount =
    { $amount ->
        [one] { $formatted } İsveçrə frankı
       *[other] { $formatted } İsveçrə frankı
    }

currency-chw = WIR Frankası
currency-chw-amount =
    { $amount ->
        [one] { $formatted } WIR frankası
       *[other] { $formatted } WIR frankası
    }

currency-clp = Çili Pesosu
    .symbol-narrow = $
currency-clp-amount =
    { $amount ->
        [one] { $formatted } Çili pesosu
       *[other] { $formatted } Çili pesosu
    }

currency-cnh = Çin Yuanı (ofşor)
currency-cnh-amount =
    { $amount ->
        [one] { $formatted } Çin yuanı (ofşor)
       *[other] { $formatted } Çin yuanı (ofşor)
    }

currency-cny = Çin Yuanı
    .symbol = CN¥
    .symbol-narrow = ¥
currency-cny-amount =
    { $amount ->
        [one] { $formatted } Çin yuanı
       *[other] { $formatted } Çin yuanı
    }

currency-cop = Kolumbiya Pesosu
    .symbol-narrow = $
currency-cop-amount =
    { $amount ->
        [one] { $formatted } Kolombiya pesosu
       *[other] { $formatted } Kolombiya pesosu
    }

currency-crc = Kosta Rika Kolonu
    .symbol-narrow = ₡
currency-crc-amount =
    { $amount ->
        [one] { $formatted } Kosta Rika kolonu
       *[other] { $formatted } Kosta Rika kolonu
    }

currency-csd = Serbiya Dinarı (2002–2006)
currency-csd-amount =
    { $amount ->
        [one] { $formatted } Serbiya dinarı (2002–2006)
       *[other] { $formatted } Serbiya dinarı (2002–2006)
    }

currency-csk = Çexoslavakiya Korunası
currency-csk-amount =
    { $amount ->
        [one] { $formatted } Çexoslavakiya korunası
       *[other] { $formatted } Çexoslavakiya korunası
    }

currency-cuc = Kuba Çevrilən Pesosu
    .symbol-narrow = $
currency-cuc-amount =
    { $amount ->
        [one] { $formatted } Kuba çevrilən pesosu
       *[other] { $formatted } Kuba çevrilən pesosu
    }

currency-cup = Kuba Pesosu
    .symbol-narrow = $
currency-cup-amount =
    { $amount ->
        [one] { $formatted } Kuba pesosu
       *[other] { $formatted } Kuba pesosu
    }

currency-cve = Kape Verde Eskudosu
currency-cve-amount =
    { $amount ->
        [one] { $formatted } Kape Verde eskudosu
       *[other] { $formatted } Kape Verde eskudosu
    }

currency-cyp = Kipr Paundu
currency-cyp-amount =
    { $amount ->
        [one] { $formatted } Kipr paundu
       *[other] { $formatted } Kipr paundu
    }

currency-czk = Çexiya Korunası
    .symbol-narrow = Kč
currency-czk-amount =
    { $amount ->
        [one] { $formatted } Çexiya korunası
       *[other] { $formatted } Çexiya korunası
    }

currency-ddm = Şərq Almaniya Ostmarkı
currency-ddm-amount =
    { $amount ->
        [one] { $formatted } Şərq Almaniya ostmarkı
       *[other] { $formatted } Şərq Almaniya ostmarkı
    }

currency-dem = Alman Markası
currency-dem-amount =
    { $amount ->
        [one] { $formatted } Alman markası
       *[other] { $formatted } Alman markası
    }

currency-djf = Cibuti Frankı
currency-djf-amount =
    { $amount ->
        [one] { $formatted } Cibuti frankı
       *[other] { $formatted } Cibuti frankı
    }

currency-dkk = Danimarka Kronu
    .symbol-narrow = kr
currency-dkk-amount =
    { $amount ->
        [one] { $formatted } Danimarka kronu
       *[other] { $formatted } Danimarka kronu
    }

currency-dop = Dominika Pesosu
    .symbol-narrow = $
currency-dop-amount =
    { $amount ->
        [one] { $formatted } Dominika pesosu
       *[other] { $formatted } Dominika pesosu
    }

currency-dzd = Əlcəzair Dinarı
currency-dzd-amount =
    { $amount ->
        [one] { $formatted } Əlcəzair dinarı
       *[other] { $formatted } Əlcəzair dinarı
    }

currency-ecs = Ekvador Sukresi
currency-ecs-amount =
    { $amount ->
        [one] { $formatted } Ekvador sukresi
       *[other] { $formatted } Ekvador sukresi
    }

currency-eek = Estoniya Krunu
currency-eek-amount =
    { $amount ->
        [one] { $formatted } Estoniya krunu
       *[other] { $formatted } Estoniya krunu
    }

currency-egp = Misir Funtu
    .symbol-narrow = E£
currency-egp-amount =
    { $amount ->
        [one] { $formatted } Misir funtu
       *[other] { $formatted } Misir funtu
    }

currency-ern = Eritreya Nakfası
currency-ern-amount =
    { $amount ->
        [one] { $formatted } Eritreya nakfası
       *[other] { $formatted } Eritreya nakfası
    }

currency-esa = İspan Pesetası (A account)
currency-esa-amount =
    { $amount ->
        [one] { $formatted } İspan pesetası (A account)
       *[other] { $formatted } İspan pesetası (A account)
    }

currency-esb = İspan Pesetası (dəyşirik)
currency-esb-amount =
    { $amount ->
        [one] { $formatted } İspan pesetası (dəyşirik)
       *[other] { $formatted } İspan pesetası (dəyşirik)
    }

currency-esp = İspan Pesetası
    .symbol-narrow = ₧
currency-esp-amount =
    { $amount ->
        [one] { $formatted } İspan pesetası
       *[other] { $formatted } İspan pesetası
    }

currency-etb = Efiopiya Bırrı
currency-etb-amount =
    { $amount ->
        [one] { $formatted } Efiopiya bırrı
       *[other] { $formatted } Efiopiya bırrı
    }

currency-eur = Avro
    .symbol = €
currency-eur-amount =
    { $amount ->
        [one] { $formatted } Avro
       *[other] { $formatted } Avro
    }

currency-fim = Fin Markası
currency-fim-amount =
    { $amount ->
        [one] { $formatted } Fin markası
       *[other] { $formatted } Fin markası
    }

currency-fjd = Fici Dolları
    .symbol-narrow = $
currency-fjd-amount =
    { $amount ->
        [one] { $formatted } Fici dolları
       *[other] { $formatted } Fici dolları
    }

currency-fkp = Folklend Adaları Funtu
    .symbol-narrow = £
currency-fkp-amount =
    { $amount ->
        [one] { $formatted } Folklend Adaları funtu
       *[other] { $formatted } Folklend Adaları funtu
    }

currency-frf = Fransız Markası
currency-frf-amount =
    { $amount ->
        [one] { $formatted } Fransız markası
       *[other] { $formatted } Fransız markası
    }

# House style overrides CLDR, which has "Britaniya Funtu".
currency-gbp = İngiltərə funt sterlinqi
    .symbol = £
# House style overrides CLDR's amount forms: one "Britaniya funtu", other "Britaniya funtu".
currency-gbp-amount =
    { $amount ->
        [one] { $formatted } İngiltərə funt sterlinqi
       *[other] { $formatted } İngiltərə funt sterlinqi
    }

currency-gek = Gürcüstan Kupon Lariti
currency-gek-amount =
    { $amount ->
        [one] { $formatted } Gürcüstan kupon lariti
       *[other] { $formatted } Gürcüstan kupon lariti
    }

# House style overrides CLDR, which has "Gürcüstan Larisi".
currency-gel = Gürcüstan larisi
    .symbol-narrow = ₾
currency-gel-amount =
    { $amount ->
        [one] { $formatted } Gürcüstan larisi
       *[other] { $formatted } Gürcüstan larisi
    }

currency-ghc = Qana Sedisi (1979–2007)
currency-ghc-amount =
    { $amount ->
        [one] { $formatted } Qana sedisi (1979–2007)
       *[other] { $formatted } Qana sedisi (1979–2007)
    }

currency-ghs = Qana Sedisi
    .symbol-narrow = GH₵
currency-ghs-amount =
    { $amount ->
        [one] { $formatted } Qana sedisi
       *[other] { $formatted } Qana sedisi
    }

currency-gip = Cəbəli-Tariq Funtu
    .symbol-narrow = £
currency-gip-amount =
    { $amount ->
        [one] { $formatted } Cəbəli-Tariq funtu
       *[other] { $formatted } Cəbəli-Tariq funtu
    }

currency-gmd = Qambiya Dalasisi
currency-gmd-amount =
    { $amount ->
        [one] { $formatted } Qambiya dalasisi
       *[other] { $formatted } Qambiya dalasisi
    }

currency-gnf = Qvineya Frankı
    .symbol-narrow = FG
currency-gnf-amount =
    { $amount ->
        [one] { $formatted } Qvineya frankı
       *[other] { $formatted } Qvineya frankı
    }

currency-gns = Qvineya Sulisi
currency-gns-amount =
    { $amount ->
        [one] { $formatted } Qvineya sulisi
       *[other] { $formatted } Qvineya sulisi
    }

currency-gqe = Ekvatoriya Gvineya Ekvele Quneanası
currency-gqe-amount =
    { $amount ->
        [one] { $formatted } Ekvatoriya Gvineya ekvele quneanası
       *[other] { $formatted } Ekvatoriya Gvineya ekvele quneanası
    }

currency-grd = Yunan Draçması
currency-grd-amount =
    { $amount ->
        [one] { $formatted } Yunan draxması
       *[other] { $formatted } Yunan draxması
    }

currency-gtq = Qvatemala Küetzalı
    .symbol-narrow = Q
currency-gtq-amount =
    { $amount ->
        [one] { $formatted } Qvatemala küetzalı
       *[other] { $formatted } Qvatemala küetzalı
    }

currency-gwe = Portugal Qvineya Eskudosu
currency-gwe-amount =
    { $amount ->
        [one] { $formatted } Portugal Qvineya eskudosu
       *[other] { $formatted } Portugal Qvineya eskudosu
    }

currency-gwp = Qvineya-Bisau Pesosu
currency-gwp-amount =
    { $amount ->
        [one] { $formatted } Qvineya-Bisau pesosu
       *[other] { $formatted } Qvineya-Bisau pesosu
    }

currency-gyd = Qayana Dolları
    .symbol-narrow = $
currency-gyd-amount =
    { $amount ->
        [one] { $formatted } Qayana dolları
       *[other] { $formatted } Qayana dolları
    }

currency-hkd = Honq Konq Dolları
    .symbol = HK$
    .symbol-narrow = $
currency-hkd-amount =
    { $amount ->
        [one] { $formatted } Honq Konq dolları
       *[other] { $formatted } Honq Konq dolları
    }

currency-hnl = Honduras Lempirası
    .symbol-narrow = L
currency-hnl-amount =
    { $amount ->
        [one] { $formatted } Honduras lempirası
       *[other] { $formatted } Honduras lempirası
    }

currency-hrd = Xorvatiya Dinarı
currency-hrd-amount =
    { $amount ->
        [one] { $formatted } Xorvatiya dinarı
       *[other] { $formatted } Xorvatiya dinarı
    }

currency-hrk = Xorvatiya Kunası
    .symbol-narrow = kn
currency-hrk-amount =
    { $amount ->
        [one] { $formatted } Xorvatiya kunası
       *[other] { $formatted } Xorvatiya kunası
    }

currency-htg = Haiti Qourdu
currency-htg-amount =
    { $amount ->
        [one] { $formatted } Haiti qourdu
       *[other] { $formatted } Haiti qourdu
    }

currency-huf = Macarıstan Forinti
    .symbol-narrow = Ft
currency-huf-amount =
    { $amount ->
        [one] { $formatted } Macarıstan forinti
       *[other] { $formatted } Macarıstan forinti
    }

currency-idr = İndoneziya Rupisi
    .symbol-narrow = Rp
currency-idr-amount =
    { $amount ->
        [one] { $formatted } İndoneziya rupisi
       *[other] { $formatted } İndoneziya rupisi
    }

currency-iep = İrlandiya Paundu
currency-iep-amount =
    { $amount ->
        [one] { $formatted } İrlandiya paundu
       *[other] { $formatted } İrlandiya paundu
    }

currency-ilp = İzrail Paundu
currency-ilp-amount =
    { $amount ->
        [one] { $formatted } İzrail paundu
       *[other] { $formatted } İzrail paundu
    }

currency-ilr = İsrail Şekeli (1980–1985)
currency-ilr-amount =
    { $amount ->
        [one] { $formatted } İsrail şekeli (1980–1985)
       *[other] { $formatted } İsrail şekeli (1980–1985)
    }

currency-ils = İsrail Yeni Şekeli
    .symbol = ₪
currency-ils-amount =
    { $amount ->
        [one] { $formatted } İsrail yeni şekeli
       *[other] { $formatted } İsrail yeni şekeli
    }

currency-inr = Hindistan Rupisi
    .symbol = ₹
currency-inr-amount =
    { $amount ->
        [one] { $formatted } Hindistan rupisi
       *[other] { $formatted } Hindistan rupisi
    }

currency-iqd = İraq Dinarı
currency-iqd-amount =
    { $amount ->
        [one] { $formatted } İraq dinarı
       *[other] { $formatted } İraq dinarı
    }

# House style overrides CLDR, which has "İran Rialı".
currency-irr = İran rialı
currency-irr-amount =
    { $amount ->
        [one] { $formatted } İran rialı
       *[other] { $formatted } İran rialı
    }

currency-isj = İslandiya Kronu (1918–1981)
currency-isj-amount =
    { $amount ->
        [one] { $formatted } İslandiya kronu (1918–1981)
       *[other] { $formatted } İslandiya kronu (1918–1981)
    }

currency-isk = İslandiya Kronu
    .symbol-narrow = kr
currency-isk-amount =
    { $amount ->
        [one] { $formatted } İslandiya kronu
       *[other] { $formatted } İslandiya kronu
    }

currency-itl = İtaliya Lirası
currency-itl-amount =
    { $amount ->
        [one] { $formatted } İtaliya lirası
       *[other] { $formatted } İtaliya lirası
    }

currency-jmd = Yamayka Dolları
    .symbol-narrow = $
currency-jmd-amount =
    { $amount ->
        [one] { $formatted } Yamayka dolları
       *[other] { $formatted } Yamayka dolları
    }

currency-jod = İordaniya Dinarı
currency-jod-amount =
    { $amount ->
        [one] { $formatted } İordaniya dinarı
       *[other] { $formatted } İordaniya dinarı
    }

currency-jpy = Yaponiya Yeni
    .symbol = JP¥
    .symbol-narrow = ¥
currency-jpy-amount =
    { $amount ->
        [one] { $formatted } Yaponiya yeni
       *[other] { $formatted } Yaponiya yeni
    }

currency-kes = Keniya Şillinqi
currency-kes-amount =
    { $amount ->
        [one] { $formatted } Keniya şillinqi
       *[other] { $formatted } Keniya şillinqi
    }

currency-kgs = Qırğızıstan Somu
    .symbol-narrow = ⃀
currency-kgs-amount =
    { $amount ->
        [one] { $formatted } Qırğızıstan somu
       *[other] { $formatted } Qırğızıstan somu
    }

currency-khr = Kamboca Rieli
    .symbol-narrow = ៛
currency-khr-amount =
    { $amount ->
        [one] { $formatted } Kamboca rieli
       *[other] { $formatted } Kamboca rieli
    }

currency-kmf = Komor Frankı
    .symbol-narrow = CF
currency-kmf-amount =
    { $amount ->
        [one] { $formatted } Komor frankı
       *[other] { $formatted } Komor frankı
    }

currency-kpw = Şimali Koreya Vonu
    .symbol-narrow = ₩
currency-kpw-amount =
    { $amount ->
        [one] { $formatted } Şimali Koreya vonu
       *[other] { $formatted } Şimali Koreya vonu
    }

currency-krw = Cənubi Koreya Vonu
    .symbol = ₩
currency-krw-amount =
    { $amount ->
        [one] { $formatted } Cənubi Koreya vonu
       *[other] { $formatted } Cənubi Koreya vonu
    }

# House style overrides CLDR, which has "Küveyt Dinarı".
currency-kwd = Küveyt dinarı
currency-kwd-amount =
    { $amount ->
        [one] { $formatted } Küveyt dinarı
       *[other] { $formatted } Küveyt dinarı
    }

currency-kyd = Kayman Adaları Dolları
    .symbol-narrow = $
currency-kyd-amount =
    { $amount ->
        [one] { $formatted } Kayman Adaları dolları
       *[other] { $formatted } Kayman Adaları dolları
    }

currency-kzt = Qazaxıstan Tengesi
    .symbol-narrow = ₸
currency-kzt-amount =
    { $amount ->
        [one] { $formatted } Qazaxıstan tengesi
       *[other] { $formatted } Qazaxıstan tengesi
    }

currency-lak = Laos Kipi
    .symbol-narrow = ₭
currency-lak-amount =
    { $amount ->
        [one] { $formatted } Laos kipi
       *[other] { $formatted } Laos kipi
    }

currency-lbp = Livan Funtu
    .symbol-narrow = L£
currency-lbp-amount =
    { $amount ->
        [one] { $formatted } Livan funtu
       *[other] { $formatted } Livan funtu
    }

currency-lkr = Şri Lanka Rupisi
    .symbol-narrow = Rs
currency-lkr-amount =
    { $amount ->
        [one] { $formatted } Şri Lanka rupisi
       *[other] { $formatted } Şri Lanka rupisi
    }

currency-lrd = Liberiya Dolları
    .symbol-narrow = $
currency-lrd-amount =
    { $amount ->
        [one] { $formatted } Liberiya dolları
       *[other] { $formatted } Liberiya dolları
    }

currency-lsl = Lesoto Lotisi
currency-lsl-amount =
    { $amount ->
        [one] { $formatted } Lesoto lotisi
       *[other] { $formatted } Lesoto lotisi
    }

currency-ltl = Litva Liti
    .symbol-narrow = Lt
currency-ltl-amount =
    { $amount ->
        [one] { $formatted } Litva liti
       *[other] { $formatted } Litva liti
    }

currency-ltt = Litva Talonası
currency-ltt-amount =
    { $amount ->
        [one] { $formatted } Litva talonası
       *[other] { $formatted } Litva talonası
    }

currency-luc = Luksemburq Frankası (dəyişik)
currency-luc-amount =
    { $amount ->
        [one] { $formatted } Luksemburq dəyişik frankası
       *[other] { $formatted } Luksemburq dəyişik frankası
    }

currency-luf = Luksemburq Frankası
currency-luf-amount =
    { $amount ->
        [one] { $formatted } Luksemburq frankası
       *[other] { $formatted } Luksemburq frankası
    }

currency-lul = Luksemburq Frankası (finans)
currency-lul-amount =
    { $amount ->
        [one] { $formatted } Luksemburq finans frankası
       *[other] { $formatted } Luksemburq finans frankası
    }

currency-lvl = Latviya Latı
    .symbol-narrow = Ls
currency-lvl-amount =
    { $amount ->
        [one] { $formatted } Latviya latı
       *[other] { $formatted } Latviya latı
    }

currency-lvr = Latviya Rublu
currency-lvr-amount =
    { $amount ->
        [one] { $formatted } Latviya rublu
       *[other] { $formatted } Latviya rublu
    }

currency-lyd = Liviya Dinarı
currency-lyd-amount =
    { $amount ->
        [one] { $formatted } Liviya dinarı
       *[other] { $formatted } Liviya dinarı
    }

currency-mad = Mərakeş Dirhəmi
currency-mad-amount =
    { $amount ->
        [one] { $formatted } Mərakeş dirhəmi
       *[other] { $formatted } Mərakeş dirhəmi
    }

currency-maf = Mərakeş Frankası
currency-maf-amount =
    { $amount ->
        [one] { $formatted } Mərakeş frankası
       *[other] { $formatted } Mərakeş frankası
    }

currency-mdl = Moldova Leyi
currency-mdl-amount =
    { $amount ->
        [one] { $formatted } Moldova leyi
       *[other] { $formatted } Moldova leyi
    }

currency-mga = Madaqaskar Ariarisi
    .symbol-narrow = Ar
currency-mga-amount =
    { $amount ->
        [one] { $formatted } Madaqaskar ariarisi
       *[other] { $formatted } Madaqaskar ariarisi
    }

currency-mgf = Madaqaskar Frankası
currency-mgf-amount =
    { $amount ->
        [one] { $formatted } Madaqaskar frankası
       *[other] { $formatted } Madaqaskar frankası
    }

currency-mkd = Makedoniya Dinarı
currency-mkd-amount =
    { $amount ->
        [one] { $formatted } Makedoniya dinarı
       *[other] { $formatted } Makedoniya dinarı
    }

currency-mkn = Makedoniya Dinarı (1992–1993)
currency-mkn-amount =
    { $amount ->
        [one] { $formatted } Makedoniya dinarı (1992–1993)
       *[other] { $formatted } Makedoniya dinarı (1992–1993)
    }

currency-mlf = Mali Frankı
currency-mlf-amount =
    { $amount ->
        [one] { $formatted } Mali frankı
       *[other] { $formatted } Mali frankı
    }

currency-mmk = Myanma Kiyatı
    .symbol-narrow = K
currency-mmk-amount =
    { $amount ->
        [one] { $formatted } Myanmar kiyatı
       *[other] { $formatted } Myanmar kiyatı
    }

currency-mnt = Monqoliya Tuqriki
    .symbol-narrow = ₮
currency-mnt-amount =
    { $amount ->
        [one] { $formatted } Monqoliya tuqriki
       *[other] { $formatted } Monqoliya tuqriki
    }

currency-mop = Makao Patakası
currency-mop-amount =
    { $amount ->
        [one] { $formatted } Makao patakası
       *[other] { $formatted } Makao patakası
    }

currency-mro = Mavritaniya Ugiyası (1973–2017)
currency-mro-amount =
    { $amount ->
        [one] { $formatted } Mavritaniya ugiyası (1973–2017)
       *[other] { $formatted } Mavritaniya ugiyası (1973–2017)
    }

currency-mru = Mavritaniya Ugiyası
currency-mru-amount =
    { $amount ->
        [one] { $formatted } Mavritaniya ugiyası
       *[other] { $formatted } Mavritaniya ugiyası
    }

currency-mtp = Maltiz Paundu
currency-mtp-amount =
    { $amount ->
        [one] { $formatted } Maltiz paundu
       *[other] { $formatted } Maltiz paundu
    }

currency-mur = Mavriki Rupisi
    .symbol-narrow = Rs
currency-mur-amount =
    { $amount ->
        [one] { $formatted } Mavriki rupisi
       *[other] { $formatted } Mavriki rupisi
    }

currency-mvr = Maldiv Rufiyası
currency-mvr-amount =
    { $amount ->
        [one] { $formatted } Maldiv rufiyası
       *[other] { $formatted } Maldiv rufiyası
    }

currency-mwk = Malavi Kvaçası
currency-mwk-amount =
    { $amount ->
        [one] { $formatted } Malavi kvaçası
       *[other] { $formatted } Malavi kvaçası
    }

currency-mxn = Meksika Pesosu
    .symbol = MX$
    .symbol-narrow = $
currency-mxn-amount =
    { $amount ->
        [one] { $formatted } Meksika pesosu
       *[other] { $formatted } Meksika pesosu
    }

currency-mxp = Meksika gümüş pesosu
currency-mxp-amount =
    { $amount ->
        [one] { $formatted } Meksika gümüş pesosu
       *[other] { $formatted } Meksika gümüş pesosu
    }

currency-myr = Malayziya Ringiti
    .symbol-narrow = RM
currency-myr-amount =
    { $amount ->
        [one] { $formatted } Malayziya ringiti
       *[other] { $formatted } Malayziya ringiti
    }

currency-mze = Mozambik Eskudosu
currency-mze-amount =
    { $amount ->
        [one] { $formatted } Mozambik eskudosu
       *[other] { $formatted } Mozambik eskudosu
    }

currency-mzm = Mozambik Metikalı (1980–2006)
currency-mzm-amount =
    { $amount ->
        [one] { $formatted } Mozambik metikalı (1980–2006)
       *[other] { $formatted } Mozambik metikalı (1980–2006)
    }

currency-mzn = Mozambik Metikalı
currency-mzn-amount =
    { $amount ->
        [one] { $formatted } Mozambik metikalı
       *[other] { $formatted } Mozambik metikalı
    }

currency-nad = Namibiya Dolları
    .symbol-narrow = $
currency-nad-amount =
    { $amount ->
        [one] { $formatted } Namibiya dolları
       *[other] { $formatted } Namibiya dolları
    }

currency-ngn = Nigeriya Nairası
    .symbol-narrow = ₦
currency-ngn-amount =
    { $amount ->
        [one] { $formatted } Nigeriya nairası
       *[other] { $formatted } Nigeriya nairası
    }

currency-nic = Nikaraqua kordobu
currency-nic-amount =
    { $amount ->
        [one] { $formatted } Nikaraqua kordobu
       *[other] { $formatted } Nikaraqua kordobu
    }

currency-nio = Nikaraqua Kordobası
    .symbol-narrow = C$
currency-nio-amount =
    { $amount ->
        [one] { $formatted } Nikaraqua kordobası
       *[other] { $formatted } Nikaraqua kordobası
    }

currency-nlg = Hollandiya Gilderi
currency-nlg-amount =
    { $amount ->
        [one] { $formatted } Hollandiya gilderi
       *[other] { $formatted } Hollandiya gilderi
    }

currency-nok = Norveç Kronu
    .symbol-narrow = kr
currency-nok-amount =
    { $amount ->
        [one] { $formatted } Norveç kronu
       *[other] { $formatted } Norveç kronu
    }

currency-npr = Nepal Rupisi
    .symbol-narrow = Rs
currency-npr-amount =
    { $amount ->
        [one] { $formatted } Nepal rupisi
       *[other] { $formatted } Nepal rupisi
    }

currency-nzd = Yeni Zelandiya Dolları
    .symbol = NZ$
    .symbol-narrow = $
currency-nzd-amount =
    { $amount ->
        [one] { $formatted } Yeni Zelandiya dolları
       *[other] { $formatted } Yeni Zelandiya dolları
    }

currency-omr = Oman Rialı
currency-omr-amount =
    { $amount ->
        [one] { $formatted } Oman rialı
       *[other] { $formatted } Oman rialı
    }

currency-pab = Panama Balboası
currency-pab-amount =
    { $amount ->
        [one] { $formatted } Panama balboası
       *[other] { $formatted } Panama balboası
    }

currency-pei = Peru Inti
currency-pei-amount =
    { $amount ->
        [one] { $formatted } Peru inti
       *[other] { $formatted } Peru inti
    }

currency-pen = Peru Solu
currency-pen-amount =
    { $amount ->
        [one] { $formatted } Peru solu
       *[other] { $formatted } Peru solu
    }

currency-pes = Peru Solu (1863–1965)
currency-pes-amount =
    { $amount ->
        [one] { $formatted } Peru solu (1863–1965)
       *[other] { $formatted } Peru solu (1863–1965)
    }

currency-pgk = Papua Yeni Qvineya Kinası
currency-pgk-amount =
    { $amount ->
        [one] { $formatted } Papua Yeni Qvineya kinası
       *[other] { $formatted } Papua Yeni Qvineya kinası
    }

currency-php = Filippin Pesosu
    .symbol-narrow = ₱
currency-php-amount =
    { $amount ->
        [one] { $formatted } Filippin pesosu
       *[other] { $formatted } Filippin pesosu
    }

currency-pkr = Pakistan Rupisi
    .symbol-narrow = Rs
currency-pkr-amount =
    { $amount ->
        [one] { $formatted } Pakistan rupisi
       *[other] { $formatted } Pakistan rupisi
    }

currency-pln = Polşa Zlotısı
    .symbol-narrow = zł
currency-pln-amount =
    { $amount ->
        [one] { $formatted } Polşa zlotısı
       *[other] { $formatted } Polşa zlotısı
    }

currency-plz = Polşa Zlotısı (1950–1995)
currency-plz-amount =
    { $amount ->
        [one] { $formatted } Polşa zlotısı (1950–1995)
       *[other] { $formatted } Polşa zlotısı (1950–1995)
    }

currency-pte = Portuqal Eskudosu
currency-pte-amount =
    { $amount ->
        [one] { $formatted } Portuqal eskudosu
       *[other] { $formatted } Portuqal eskudosu
    }

currency-pyg = Paraqvay Quaranisi
    .symbol-narrow = ₲
currency-pyg-amount =
    { $amount ->
        [one] { $formatted } Paraqvay quaranisi
       *[other] { $formatted } Paraqvay quaranisi
    }

currency-qar = Qatar Rialı
currency-qar-amount =
    { $amount ->
        [one] { $formatted } Qatar rialı
       *[other] { $formatted } Qatar rialı
    }

currency-rhd = Rodezian Dolları
currency-rhd-amount =
    { $amount ->
        [one] { $formatted } Rodezian dolları
       *[other] { $formatted } Rodezian dolları
    }

currency-rol = Rumıniya Leyi (1952–2006)
currency-rol-amount =
    { $amount ->
        [one] { $formatted } Rumıniya leyi (1952–2006)
       *[other] { $formatted } Rumıniya leyi (1952–2006)
    }

currency-ron = Rumıniya Leyi
    .symbol-narrow = ley
currency-ron-amount =
    { $amount ->
        [one] { $formatted } Rumıniya leyi
       *[other] { $formatted } Rumıniya leyi
    }

currency-rsd = Serbiya Dinarı
currency-rsd-amount =
    { $amount ->
        [one] { $formatted } Serbiya dinarı
       *[other] { $formatted } Serbiya dinarı
    }

currency-rub = Rusiya Rublu
    .symbol-narrow = ₽
currency-rub-amount =
    { $amount ->
        [one] { $formatted } Rusiya rublu
       *[other] { $formatted } Rusiya rublu
    }

currency-rur = Rusiya Rublu (1991–1998)
currency-rur-amount =
    { $amount ->
        [one] { $formatted } Rusiya rublu (1991–1998)
       *[other] { $formatted } Rusiya rublu (1991–1998)
    }

currency-rwf = Ruanda Frankı
    .symbol-narrow = RF
currency-rwf-amount =
    { $amount ->
        [one] { $formatted } Ruanda frankı
       *[other] { $formatted } Ruanda frankı
    }

currency-sar = Səudiyyə Riyalı
currency-sar-amount =
    { $amount ->
        [one] { $formatted } Səudiyyə riyalı
       *[other] { $formatted } Səudiyyə riyalı
    }

currency-sbd = Solomon Adaları Dolları
    .symbol-narrow = $
currency-sbd-amount =
    { $amount ->
        [one] { $formatted } Solomon Adaları dolları
       *[other] { $formatted } Solomon Adaları dolları
    }

currency-scr = Seyşel Rupisi
currency-scr-amount =
    { $amount ->
        [one] { $formatted } Seyşel rupisi
       *[other] { $formatted } Seyşel rupisi
    }

currency-sdg = Sudan Funtu
currency-sdg-amount =
    { $amount ->
        [one] { $formatted } Sudan funtu
       *[other] { $formatted } Sudan funtu
    }

# House style overrides CLDR, which has "İsveç Kronu".
currency-sek = İsveç kronu
    .symbol-narrow = kr
currency-sek-amount =
    { $amount ->
        [one] { $formatted } İsveç kronu
       *[other] { $formatted } İsveç kronu
    }

currency-sgd = Sinqapur Dolları
    .symbol-narrow = $
currency-sgd-amount =
    { $amount ->
        [one] { $formatted } Sinqapur dolları
       *[other] { $formatted } Sinqapur dolları
    }

currency-shp = Müqəddəs Yelena Funtu
    .symbol-narrow = £
currency-shp-amount =
    { $amount ->
        [one] { $formatted } Müqəddəs Yelena funtu
       *[other] { $formatted } Müqəddəs Yelena funtu
    }

currency-sit = Sloveniya Toları
currency-sit-amount =
    { $amount ->
        [one] { $formatted } Sloveniya toları
       *[other] { $formatted } Sloveniya toları
    }

currency-skk = Slovak Korunası
currency-skk-amount =
    { $amount ->
        [one] { $formatted } Slovak korunası
       *[other] { $formatted } Slovak korunası
    }

currency-sle = Sierra Leon Leonu
currency-sle-amount =
    { $amount ->
        [one] { $formatted } Sierra Leon leonu
       *[other] { $formatted } Sierra Leon leonu
    }

currency-sll = Sierra Leon Leonu (1964—2022)
currency-sll-amount =
    { $amount ->
        [one] { $formatted } Sierra Leon leonu (1964—2022)
       *[other] { $formatted } Sierra Leon leonu (1964—2022)
    }

currency-sos = Somali Şillinqi
currency-sos-amount =
    { $amount ->
        [one] { $formatted } Somali şillinqi
       *[other] { $formatted } Somali şillinqi
    }

currency-srd = Surinam Dolları
    .symbol-narrow = $
currency-srd-amount =
    { $amount ->
        [one] { $formatted } Surinam dolları
       *[other] { $formatted } Surinam dolları
    }

currency-ssp = Cənubi Sudan Funtu
    .symbol-narrow = £
currency-ssp-amount =
    { $amount ->
        [one] { $formatted } Cənubi Sudan funtu
       *[other] { $formatted } Cənubi Sudan funtu
    }

currency-std = San Tom və Prinsip Dobrası (1977–2017)
currency-std-amount =
    { $amount ->
        [one] { $formatted } San Tom və Prinsip dobrası (1977–2017)
       *[other] { $formatted } San Tom və Prinsip dobrası (1977–2017)
    }

currency-stn = San Tom və Prinsip Dobrası
    .symbol-narrow = Db
currency-stn-amount =
    { $amount ->
        [one] { $formatted } San Tom və Prinsip dobrası
       *[other] { $formatted } San Tom və Prinsip dobrası
    }

currency-sur = Sovet Rublu
currency-sur-amount =
    { $amount ->
        [one] { $formatted } Sovet rublu
       *[other] { $formatted } Sovet rublu
    }

currency-svc = El Salvador kolonu
currency-svc-amount =
    { $amount ->
        [one] { $formatted } El Salvador kolonu
       *[other] { $formatted } El Salvador kolonu
    }

currency-syp = Suriya Funtu
    .symbol-narrow = S£
currency-syp-amount =
    { $amount ->
        [one] { $formatted } Suriya funtu
       *[other] { $formatted } Suriya funtu
    }

currency-szl = Svazilend Lilangenini
currency-szl-amount =
    { $amount ->
        [one] { $formatted } Svazilend lilangenini
       *[other] { $formatted } Svazilend emalangenini
    }

currency-thb = Tayland Batı
    .symbol = ฿
currency-thb-amount =
    { $amount ->
        [one] { $formatted } Tayland batı
       *[other] { $formatted } Tayland batı
    }

currency-tjr = Tacikistan Rublu
currency-tjr-amount =
    { $amount ->
        [one] { $formatted } Tacikistan rublu
       *[other] { $formatted } Tacikistan rublu
    }

currency-tjs = Tacikistan Somonisi
currency-tjs-amount =
    { $amount ->
        [one] { $formatted } Tacikistan somonisi
       *[other] { $formatted } Tacikistan somonisi
    }

currency-tmm = Türkmənistan Manatı (1993–2009)
currency-tmm-amount =
    { $amount ->
        [one] { $formatted } Türkmənistan manatı (1993–2009)
       *[other] { $formatted } Türkmənistan manatı (1993–2009)
    }

currency-tmt = Türkmənistan Manatı
currency-tmt-amount =
    { $amount ->
        [one] { $formatted } Türkmənistan manatı
       *[other] { $formatted } Türkmənistan manatı
    }

currency-tnd = Tunis Dinarı
currency-tnd-amount =
    { $amount ->
        [one] { $formatted } Tunis dinarı
       *[other] { $formatted } Tunis dinarı
    }

currency-top = Tonqa Panqası
    .symbol-narrow = T$
currency-top-amount =
    { $amount ->
        [one] { $formatted } Tonqa panqası
       *[other] { $formatted } Tonqa panqası
    }

currency-tpe = Timor Eskudu
currency-tpe-amount =
    { $amount ->
        [one] { $formatted } Timor eskudu
       *[other] { $formatted } Timor eskudu
    }

currency-trl = Türkiyə Lirəsi (1922–2005)
currency-trl-amount =
    { $amount ->
        [one] { $formatted } Türkiyə lirəsi (1922–2005)
       *[other] { $formatted } Türkiyə lirəsi (1922–2005)
    }

# House style overrides CLDR, which has "Türkiyə Lirəsi".
currency-try = Türkiyə lirəsi
    .symbol-narrow = ₺
currency-try-amount =
    { $amount ->
        [one] { $formatted } Türkiyə lirəsi
       *[other] { $formatted } Türkiyə lirəsi
    }

currency-ttd = Trinidad və Tobaqo Dolları
    .symbol-narrow = $
currency-ttd-amount =
    { $amount ->
        [one] { $formatted } Trinidad və Tobaqo dolları
       *[other] { $formatted } Trinidad və Tobaqo dolları
    }

currency-twd = Tayvan Yeni Dolları
    .symbol = NT$
currency-twd-amount =
    { $amount ->
        [one] { $formatted } Tayvan yeni dolları
       *[other] { $formatted } Tayvan yeni dolları
    }

currency-tzs = Tanzaniya Şillinqi
currency-tzs-amount =
    { $amount ->
        [one] { $formatted } Tanzaniya şillinqi
       *[other] { $formatted } Tanzaniya şillinqi
    }

currency-uah = Ukrayna Qrivnası
    .symbol-narrow = ₴
currency-uah-amount =
    { $amount ->
        [one] { $formatted } Ukrayna qrivnası
       *[other] { $formatted } Ukrayna qrivnası
    }

currency-uak = Ukrayna Karbovenesası
currency-uak-amount =
    { $amount ->
        [one] { $formatted } Ukrayna karbovenesası
       *[other] { $formatted } Ukrayna karbovenesası
    }

currency-ugs = Uqanda Şillinqi (1966–1987)
currency-ugs-amount =
    { $amount ->
        [one] { $formatted } Uqanda şillinqi (1966–1987)
       *[other] { $formatted } Uqanda şillinqi (1966–1987)
    }

currency-ugx = Uqanda Şillinqi
currency-ugx-amount =
    { $amount ->
        [one] { $formatted } Uqanda şillinqi
       *[other] { $formatted } Uqanda şillinqi
    }

# House style overrides CLDR, which has "ABŞ Dolları".
currency-usd = ABŞ dolları
    .symbol = US$
    .symbol-narrow = $
currency-usd-amount =
    { $amount ->
        [one] { $formatted } ABŞ dolları
       *[other] { $formatted } ABŞ dolları
    }

currency-usn = ABŞ dolları (yeni gün)
currency-usn-amount =
    { $amount ->
        [one] { $formatted } ABŞ dolları (yeni gün)
       *[other] { $formatted } ABŞ dolları (yeni gün)
    }

currency-uss = ABŞ dolları (həmin gün)
currency-uss-amount =
    { $amount ->
        [one] { $formatted } ABŞ dolları (həmin gün)
       *[other] { $formatted } ABŞ dolları (həmin gün)
    }

currency-uyi = Uruqvay pesosu Unidades Indexadas
currency-uyi-amount =
    { $amount ->
        [one] { $formatted } Uruqvay pesosu unidades indexadas
       *[other] { $formatted } Uruqvay pesosu unidades indexadas
    }

currency-uyp = Uruqvay Pesosu (1975–1993)
currency-uyp-amount =
    { $amount ->
        [one] { $formatted } Uruqvay pesosu (1975–1993)
       *[other] { $formatted } Uruqvay pesosu (1975–1993)
    }

currency-uyu = Uruqvay Pesosu
    .symbol-narrow = $
currency-uyu-amount =
    { $amount ->
        [one] { $formatted } Uruqvay pesosu
       *[other] { $formatted } Uruqvay pesosu
    }

currency-uzs = Özbəkistan Somu
currency-uzs-amount =
    { $amount ->
        [one] { $formatted } Özbəkistan somu
       *[other] { $formatted } Özbəkistan somu
    }

currency-veb = Venesuela Bolivarı (1871–2008)
currency-veb-amount =
    { $amount ->
        [one] { $formatted } Venesuela bolivarı (1871–2008)
       *[other] { $formatted } Venesuela bolivarı (1871–2008)
    }

currency-vef = Venesuela Bolivarı (2008–2018)
    .symbol-narrow = Bs
currency-vef-amount =
    { $amount ->
        [one] { $formatted } Venesuela bolivarı (2008–2018)
       *[other] { $formatted } Venesuela bolivarı (2008–2018)
    }

currency-ves = Venesuela Bolivarı
currency-ves-amount =
    { $amount ->
        [one] { $formatted } Venesuela bolivarı
       *[other] { $formatted } Venesuela bolivarı
    }

currency-vnd = Vyetnam Donqu
    .symbol = ₫
currency-vnd-amount =
    { $amount ->
        [one] { $formatted } Vyetnam donqu
       *[other] { $formatted } Vyetnam donqu
    }

currency-vnn = Vyetnam Donqu (1978–1985)
currency-vnn-amount =
    { $amount ->
        [one] { $formatted } Vyetnam donqu (1978–1985)
       *[other] { $formatted } Vyetnam donqu (1978–1985)
    }

currency-vuv = Vanuatu Vatusu
currency-vuv-amount =
    { $amount ->
        [one] { $formatted } Vanuatu vatusu
       *[other] { $formatted } Vanuatu vatusu
    }

currency-wst = Samoa Talası
currency-wst-amount =
    { $amount ->
        [one] { $formatted } Samoa talası
       *[other] { $formatted } Samoa talası
    }

currency-xaf = Kamerun Frankı
    .symbol = FCFA
currency-xaf-amount =
    { $amount ->
        [one] { $formatted } Kamerun frankı
       *[other] { $formatted } Kamerun frankı
    }

currency-xag = gümüş
currency-xag-amount =
    { $amount ->
        [one] { $formatted } gümüş
       *[other] { $formatted } gümüş
    }

currency-xau = qızıl
currency-xau-amount =
    { $amount ->
        [one] { $formatted } qızıl
       *[other] { $formatted } qızıl
    }

currency-xcd = Şərqi Karib Dolları
    .symbol = EC$
    .symbol-narrow = $
currency-xcd-amount =
    { $amount ->
        [one] { $formatted } Şərqi Karib dolları
       *[other] { $formatted } Şərqi Karib dolları
    }

currency-xcg = Karib gilderi
    .symbol = Cg.
currency-xcg-amount =
    { $amount ->
        [one] { $formatted } Karib gilderi
       *[other] { $formatted } Karib gilderi
    }

currency-xfo = Fransız Gızıl Frankı
currency-xfo-amount =
    { $amount ->
        [one] { $formatted } Fransız gızıl frankı
       *[other] { $formatted } Fransız gızıl frankı
    }

currency-xfu = Fransız UİC Frankı
currency-xfu-amount =
    { $amount ->
        [one] { $formatted } Fransız UİC frankı
       *[other] { $formatted } Fransız UİC frankı
    }

currency-xof = Fil Dişi Sahili Frankı
    .symbol = F CFA
currency-xof-amount =
    { $amount ->
        [one] { $formatted } Fil Dişi Sahili frankı
       *[other] { $formatted } Fil Dişi Sahili frankı
    }

currency-xpd = Palladium
currency-xpd-amount =
    { $amount ->
        [one] { $formatted } Palladium
       *[other] { $formatted } Palladium
    }

currency-xpf = Fransız Polineziyası Frankı
    .symbol = CFPF
currency-xpf-amount =
    { $amount ->
        [one] { $formatted } Fransız Polineziyası frankı
       *[other] { $formatted } Fransız Polineziyası frankı
    }

currency-xpt = Platinum
currency-xpt-amount =
    { $amount ->
        [one] { $formatted } platinum
       *[other] { $formatted } platinum
    }

currency-xxx = Naməlum Valyuta
    .symbol = ¤
currency-xxx-amount =
    { $amount ->
        [one] { $formatted } (naməlum valyuta vahidi)
       *[other] { $formatted } (naməlum valyuta)
    }

currency-ydd = Yəmən Dinarı
currency-ydd-amount =
    { $amount ->
        [one] { $formatted } Yəmən dinarı
       *[other] { $formatted } Yəmən dinarı
    }

currency-yer = Yəmən Rialı
currency-yer-amount =
    { $amount ->
        [one] { $formatted } Yəmən rialı
       *[other] { $formatted } Yəmən rialı
    }

currency-yud = Yuqoslaviya Dinarı (1966–1990)
currency-yud-amount =
    { $amount ->
        [one] { $formatted } Yuqoslaviya dinarı (1966–1990)
       *[other] { $formatted } Yuqoslaviya dinarı (1966–1990)
    }

currency-yum = Yuqoslaviya Yeni Dinarı (1994–2002)
currency-yum-amount =
    { $amount ->
        [one] { $formatted } Yuqoslaviya yeni dinarı (1994–2002)
       *[other] { $formatted } Yuqoslaviya yeni dinarı (1994–2002)
    }

currency-yun = Yuqoslaviya Dinarı (1990–1992)
currency-yun-amount =
    { $amount ->
        [one] { $formatted } Yuqoslaviya dinarı (1990–1992)
       *[other] { $formatted } Yuqoslaviya dinarı (1990–1992)
    }

currency-zal = Cənubi Afrika Randı (finans)
currency-zal-amount =
    { $amount ->
        [one] { $formatted } Cənubi Afrika randı (finans)
       *[other] { $formatted } Cənubi Afrika randı (finans)
    }

currency-zar = Cənubi Afrika Randı
    .symbol-narrow = R
currency-zar-amount =
    { $amount ->
        [one] { $formatted } Cənubi Afrika randı
       *[other] { $formatted } Cənubi Afrika randı
    }

currency-zmk = Zambiya Kvaçası (1968–2012)
currency-zmk-amount =
    { $amount ->
        [one] { $formatted } Zambiya kvaçası (1968–2012)
       *[other] { $formatted } Zambiya kvaçası (1968–2012)
    }

currency-zmw = Zambiya Kvaçası
    .symbol-narrow = ZK
currency-zmw-amount =
    { $amount ->
        [one] { $formatted } Zambiya kvaçası
       *[other] { $formatted } Zambiya kvaçası
    }

currency-zrn = Zair Yeni Zairi (1993–1998)
currency-zrn-amount =
    { $amount ->
        [one] { $formatted } Zair yeni zairi (1993–1998)
       *[other] { $formatted } Zair yeni zairi (1993–1998)
    }

currency-zrz = Zair Zairi (1971–1993)
currency-zrz-amount =
    { $amount ->
        [one] { $formatted } Zair zairi (1971–1993)
       *[other] { $formatted } Zair zairi (1971–1993)
    }

currency-zwd = Zimbabve Dolları (1980–2008)
currency-zwd-amount =
    { $amount ->
        [one] { $formatted } Zimbabve dolları (1980–2008)
       *[other] { $formatted } Zimbabve dolları (1980–2008)
    }

currency-zwg = Zimbabve Qızılı
currency-zwg-amount =
    { $amount ->
        [one] { $formatted } Zimbabve qızılı
       *[other] { $formatted } Zimbabve qızılı
    }

currency-zwl = Zimbabve Dolları (2009)
currency-zwl-amount =
    { $amount ->
        [one] { $formatted } Zimbabve dolları (2009)
       *[other] { $formatted } Zimbabve dolları (2009)
    }

currency-zwr = Zimbabve Dolları (2008)
currency-zwr-amount =
    { $amount ->
        [one] { $formatted } Zimbabve dolları (2008)
       *[other] { $formatted } Zimbabve dolları (2008)
    }

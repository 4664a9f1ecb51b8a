### Exchange-rate tables (korpu::export::rates): column headings.
### $currency is the code of the currency the rates are in (AZN).

rates-column-code = Код
rates-column-nominal = Номинал
rates-column-name = Валюта
rates-column-rate = Курс
rates-column-rate-in = Курс ({ $currency })

### Exchange-rate tables (korpu::export::rates): column headings.
### $currency is the code of the currency the rates are in (AZN).

rates-column-code = Kod
rates-column-nominal = Ədəd
rates-column-name = Valyuta
rates-column-rate = Məzənnə
rates-column-rate-in = Məzənnə ({ $currency })

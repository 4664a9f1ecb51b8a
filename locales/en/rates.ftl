### Exchange-rate tables (korpu::export::rates): column headings.
### $currency is the code of the currency the rates are in (AZN).

rates-column-code = Code
rates-column-nominal = Units
rates-column-name = Currency
rates-column-rate = Rate
rates-column-rate-in = Rate ({ $currency })

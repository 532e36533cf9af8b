-- Results keep the number as the abstract writes it ("90.0"), so pages show "90.0%" rather than "90%"; ranking and
-- sorting still use the numeric value. Rows stored before this have NULL and show their value.
ALTER TABLE results ADD COLUMN value_text TEXT;

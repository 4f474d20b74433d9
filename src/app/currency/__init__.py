"""One home currency per person, and the European Central Bank's daily reference rates to convert into it."""

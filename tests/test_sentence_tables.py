"""The shared checks of the invented-sentence tables fail when they should."""
import pytest
from sentence_tables import check_found, check_absent, check_flag

def test_checks_can_fail(extract):
    with pytest.raises(AssertionError):
        check_found(extract, "Turkey condemned Russia.", "Russia", "FIGHTS", "Turkey")
    with pytest.raises(AssertionError):
        check_absent(extract, "Turkey condemned Russia.", "Turkey", "OPPOSES", "Russia")
    with pytest.raises(AssertionError):
        check_flag(extract, "Turkey condemned Russia.", "Turkey", "OPPOSES", "Russia", "negated")
    with pytest.raises(AssertionError):
        check_flag(extract, "Turkey did not condemn Russia.", "Turkey", "OPPOSES", "Russia", "negated", value=False)
    check_absent(extract, "Turkey did not condemn Russia.", "Turkey", "OPPOSES", "Russia", unless_negated=True)

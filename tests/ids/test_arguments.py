"""Callers may use JobMojito's own field names; unknown or clashing names are refused."""

import pytest

from jobmojito_mcp.ids import IdRefused
from jobmojito_mcp.ids.arguments import normalize_arguments

RESULTS_TOOL = {"interview_id", "candidate_id", "filter_text", "limit"}
POSITION_TOOL = {"position_id", "candidate_name"}


@pytest.mark.parametrize(
    "alias", ["interview_def_set_id", "definition_id", "position_id", "position_def_set_id"]
)
def test_each_upstream_name_for_an_interview_becomes_interview_id(alias):
    assert normalize_arguments("t", RESULTS_TOOL, {alias: "x"}) == {"interview_id": "x"}


@pytest.mark.parametrize("alias", ["profile_interview_id", "interview_profile_id"])
def test_each_upstream_name_for_a_candidate_becomes_candidate_id(alias):
    assert normalize_arguments("t", RESULTS_TOOL, {alias: "c"}) == {"candidate_id": "c"}


def test_position_only_tools_take_their_upstream_names_as_position_id():
    args = {"position_def_set_id": "p", "candidate_name": "Zoë"}
    assert normalize_arguments("t", POSITION_TOOL, args) == {
        "position_id": "p",
        "candidate_name": "Zoë",
    }


@pytest.mark.parametrize("name", ["interview_id", "interview_def_set_id", "definition_id"])
def test_a_position_only_tool_takes_an_interviews_names_as_position_id(name):
    # The id layer then checks that the id really is a multi-stage position.
    assert normalize_arguments("t", POSITION_TOOL, {name: "p"}) == {"position_id": "p"}


def test_two_different_values_for_one_concept_are_refused():
    with pytest.raises(IdRefused, match="both name the interview"):
        normalize_arguments("t", RESULTS_TOOL, {"interview_id": "a", "position_id": "b"})


def test_the_same_value_under_two_names_is_accepted():
    args = {"interview_id": "ABC", "definition_id": " abc "}
    assert normalize_arguments("t", RESULTS_TOOL, args) == {"interview_id": "ABC"}


def test_an_unknown_argument_is_refused_with_the_list_of_arguments_the_tool_takes():
    with pytest.raises(IdRefused) as refused:
        normalize_arguments("list_interview_results", RESULTS_TOOL, {"status": "active"})
    message = str(refused.value)
    assert "does not take 'status'" in message
    assert "candidate_id, filter_text, interview_id, limit" in message


def test_an_unknown_argument_sent_as_null_filters_nothing_and_is_ignored():
    assert normalize_arguments("t", RESULTS_TOOL, {"status": None, "limit": 5}) == {"limit": 5}

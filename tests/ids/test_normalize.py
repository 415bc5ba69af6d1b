"""What people paste becomes an id, a name, or a refusal that shows the expected form."""

import pytest

from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.ids.normalize import IdFormatError, parse_pasted

UUID = "3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f"


@pytest.mark.parametrize(
    "pasted",
    [
        UUID,
        UUID.upper(),
        f"  {UUID}\n",
        f'"{UUID}"',
        f"'{UUID}'",
        f"`{UUID}`",
        f"“{UUID}”",
        "{" + UUID + "}",
        f"urn:uuid:{UUID}",
        UUID.replace("-", ""),
        UUID.replace("-", "%2D"),
    ],
)
def test_every_common_spelling_of_a_uuid_becomes_the_canonical_form(pasted):
    assert parse_pasted(pasted).id == UUID


@pytest.mark.parametrize(
    ("link", "kind"),
    [
        (f"https://app.jobmojito.com/candidates/{UUID}", IdKind.CANDIDATE),
        (f"https://app.jobmojito.com/interview_creator/{UUID}?tab=questions", IdKind.INTERVIEW),
        (
            f"https://app.jobmojito.com/interview_results/result/{UUID}#scores",
            IdKind.INTERVIEW_RESULT,
        ),
        (f"app.jobmojito.com/candidates/{UUID.upper()}/", IdKind.CANDIDATE),
        (f"<https://app.jobmojito.com/interview_creator/{UUID}>", IdKind.INTERVIEW),
    ],
)
def test_an_admin_link_gives_its_id_and_the_kind_its_path_names(link, kind):
    pasted = parse_pasted(link)
    assert (pasted.id, pasted.link_kind) == (UUID, kind)


def test_a_link_to_another_page_is_refused_with_the_pages_that_work():
    with pytest.raises(IdFormatError, match="/candidates/"):
        parse_pasted("https://app.jobmojito.com/settings/billing")


def test_a_link_with_a_broken_id_is_refused_with_the_expected_form():
    with pytest.raises(IdFormatError, match="UUID such as"):
        parse_pasted("https://app.jobmojito.com/candidates/not-an-id")


def test_a_mistyped_uuid_is_refused_not_treated_as_a_name():
    with pytest.raises(IdFormatError, match="mistyped"):
        parse_pasted(UUID[:-1])


def test_anything_else_is_a_name_with_whitespace_collapsed():
    assert parse_pasted('  "Backend   Engineer (Berlin)" ').name == "Backend Engineer (Berlin)"


def test_an_email_is_a_name_that_knows_it_is_an_email():
    pasted = parse_pasted("zoe.mueller@example.com")
    assert pasted.is_email and pasted.name == "zoe.mueller@example.com"


def test_an_empty_value_is_refused():
    with pytest.raises(IdFormatError, match="empty"):
        parse_pasted('  ""  ')


def test_catalogue_slugs_are_lower_cased_and_checked():
    assert parse_pasted(" Software-Engineering ", slug=True).id == "software-engineering"
    with pytest.raises(IdFormatError, match="slugs"):
        parse_pasted("software engineering!", slug=True)


def test_a_decomposed_name_becomes_the_composed_form_names_are_stored_in():
    decomposed = "Jose\u0301 N\u0303u\u0301n\u0303ez"
    assert parse_pasted(decomposed).name == "José Ñúñez"

"""The platform languages the sandbox knows, with their flags and speech accents."""

from __future__ import annotations

from typing import Any

# code, English name, local name, flag country, admin UI, coaching UI, accents (locale, name)
_LANGUAGES: list[tuple[str, str, str, str, bool, bool, list[tuple[str, str]]]] = [
    ("ar", "Arabic", "العربية", "SA", False, True,
     [("ar-SA", "Arabic (Saudi Arabia)"), ("ar-EG", "Arabic (Egypt)"),
      ("ar-AE", "Arabic (United Arab Emirates)")]),
    ("bg", "Bulgarian", "Български", "BG", False, False, [("bg-BG", "Bulgarian (Bulgaria)")]),
    ("zh", "Chinese", "中文", "CN", False, True,
     [("zh-CN", "Chinese (Mandarin, Simplified)"), ("zh-TW", "Chinese (Taiwanese Mandarin)"),
      ("zh-HK", "Chinese (Cantonese, Traditional)")]),
    ("hr", "Croatian", "Hrvatski", "HR", False, False, [("hr-HR", "Croatian (Croatia)")]),
    ("cs", "Czech", "Čeština", "CZ", True, True, [("cs-CZ", "Czech (Czechia)")]),
    ("da", "Danish", "Dansk", "DK", False, True, [("da-DK", "Danish (Denmark)")]),
    ("nl", "Dutch", "Nederlands", "NL", True, True,
     [("nl-NL", "Dutch (Netherlands)"), ("nl-BE", "Dutch (Belgium)")]),
    ("en", "English", "English", "US", True, True,
     [("en-US", "English (United States)"), ("en-GB", "English (United Kingdom)"),
      ("en-AU", "English (Australia)"), ("en-IN", "English (India)"),
      ("en-IE", "English (Ireland)")]),
    ("fil", "Filipino", "Filipino", "PH", False, False, [("fil-PH", "Filipino (Philippines)")]),
    ("fi", "Finnish", "Suomi", "FI", False, True, [("fi-FI", "Finnish (Finland)")]),
    ("fr", "French", "Français", "FR", True, True,
     [("fr-FR", "French (France)"), ("fr-CA", "French (Canada)"),
      ("fr-CH", "French (Switzerland)")]),
    ("de", "German", "Deutsch", "DE", True, True,
     [("de-DE", "German (Germany)"), ("de-AT", "German (Austria)"),
      ("de-CH", "German (Switzerland)")]),
    ("el", "Greek", "Ελληνικά", "GR", False, False, [("el-GR", "Greek (Greece)")]),
    ("hi", "Hindi", "हिन्दी", "IN", False, True, [("hi-IN", "Hindi (India)")]),
    ("hu", "Hungarian", "Magyar", "HU", False, False, [("hu-HU", "Hungarian (Hungary)")]),
    ("id", "Indonesian", "Bahasa Indonesia", "ID", False, True,
     [("id-ID", "Indonesian (Indonesia)")]),
    ("it", "Italian", "Italiano", "IT", True, True, [("it-IT", "Italian (Italy)")]),
    ("ja", "Japanese", "日本語", "JP", False, True, [("ja-JP", "Japanese (Japan)")]),
    ("ko", "Korean", "한국어", "KR", False, True, [("ko-KR", "Korean (Korea)")]),
    ("ms", "Malay", "Bahasa Melayu", "MY", False, False, [("ms-MY", "Malay (Malaysia)")]),
    ("no", "Norwegian", "Norsk", "NO", False, True,
     [("nb-NO", "Norwegian Bokmål (Norway)")]),
    ("pl", "Polish", "Polski", "PL", True, True, [("pl-PL", "Polish (Poland)")]),
    ("pt", "Portuguese", "Português", "PT", True, True, [("pt-PT", "Portuguese (Portugal)")]),
    ("br", "Portuguese (Brazil)", "Português (Brasil)", "BR", True, True,
     [("pt-BR", "Portuguese (Brazil)")]),
    ("ro", "Romanian", "Română", "RO", False, True, [("ro-RO", "Romanian (Romania)")]),
    ("ru", "Russian", "Русский", "RU", False, False, [("ru-RU", "Russian (Russia)")]),
    ("sk", "Slovak", "Slovenčina", "SK", True, True, [("sk-SK", "Slovak (Slovakia)")]),
    ("es", "Spanish", "Español", "ES", True, True,
     [("es-ES", "Spanish (Spain)"), ("es-MX", "Spanish (Mexico)"),
      ("es-US", "Spanish (United States)")]),
    ("sv", "Swedish", "Svenska", "SE", False, True, [("sv-SE", "Swedish (Sweden)")]),
    ("ta", "Tamil", "தமிழ்", "IN", False, False, [("ta-IN", "Tamil (India)")]),
    ("th", "Thai", "ไทย", "TH", False, False, [("th-TH", "Thai (Thailand)")]),
    ("tr", "Turkish", "Türkçe", "TR", False, True, [("tr-TR", "Turkish (Türkiye)")]),
    ("uk", "Ukrainian", "Українська", "UA", False, True, [("uk-UA", "Ukrainian (Ukraine)")]),
    ("vi", "Vietnamese", "Tiếng Việt", "VN", False, False, [("vi-VN", "Vietnamese (Vietnam)")]),
]  # fmt: skip

LANGUAGE_CODES: tuple[str, ...] = tuple(row[0] for row in _LANGUAGES)
_FLAG_BASE = "https://cdn.jsdelivr.net/npm/country-flag-emoji-json@2.0.0/dist/images"


def _flag(country: str) -> tuple[str, str]:
    points = [0x1F1E6 + ord(letter) - ord("A") for letter in country]
    return "".join(chr(p) for p in points), " ".join(f"U+{p:X}" for p in points)


def platform_languages() -> list[dict[str, Any]]:
    """The language list as the languages endpoint returns it, sorted by English name."""
    rows = []
    for code, english, local, country, admin, coaching, accents in _LANGUAGES:
        emoji, unicode = _flag(country)
        rows.append(
            {
                "code": code,
                "name_english": english,
                "name_local": local,
                "flag_image": f"{_FLAG_BASE}/{country}.svg",
                "flag_emoji": emoji,
                "flag_unicode": unicode,
                "coaching_interface": coaching,
                "interview_interface": True,
                "admin_interface": admin,
                "accents": [{"code": c, "name": n} for c, n in accents],
            }
        )
    return sorted(rows, key=lambda row: row["name_english"])


def speech_language(code: str) -> tuple[str, str]:
    """The default speech locale and its display name for a platform language code."""
    for row in _LANGUAGES:
        if row[0] == code:
            return row[6][0]
    return ("en-US", "English (United States)")

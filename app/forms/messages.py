"""Default error messages and the few words a form's answers are shown with.

Every question names its own "required" message (GOV.UK: "Enter your date of
birth", not "This field is required"). The other messages have defaults that put
the question's short `name` at the start of a sentence ("Date of birth must be in
the past"), written so that they stay grammatical in every language; a definition
overrides any of them per question where a more specific message helps.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, get_args

from app.text import pick

MessageKind = Literal[
    "required", "pattern", "different", "not_confirmed", "text_invalid", "too_short",
    "too_long", "not_a_number", "not_whole", "too_many_decimals", "too_small", "too_large",
    "date_invalid", "date_past", "date_past_or_today", "date_future", "date_future_or_today",
    "date_first_of_month", "date_too_early", "date_too_late", "min_age", "max_age",
    "choice_invalid", "yes_no_invalid", "address_invalid", "street_required",
    "postcode_required", "postcode_invalid", "municipality_required",
    "national_number_format", "national_number_checksum", "iban_format", "iban_checksum",
    "iban_country", "email_invalid", "phone_invalid", "file_invalid", "file_type",
    "file_too_big", "file_empty", "from_card", "not_a_question", "not_asked", "invalid",
]
MESSAGE_KINDS: Final = frozenset(get_args(MessageKind))

# Kinds every definition writes itself for the questions that need them.
NO_DEFAULT: Final = frozenset({"required", "pattern", "different"})


def _t(en: str, nl: str, fr: str, de: str, zh: str) -> dict[str, str]:
    return {"en": en, "nl": nl, "fr": fr, "de": de, "zh": zh}


DEFAULT_MESSAGES: Final[Mapping[str, Mapping[str, str]]] = {
    "not_confirmed": _t(
        "Confirm that these details are correct",
        "Bevestig dat deze gegevens juist zijn",
        "Confirmez que ces données sont correctes",
        "Bestätigen Sie, dass diese Angaben richtig sind",
        "请确认这些信息正确无误"),
    "text_invalid": _t(
        "{name} must be text", "{name} moet tekst zijn", "{name} doit être du texte",
        "{name} muss ein Text sein", "{name}必须是文字"),
    "too_short": _t(
        "{name} must be {min} characters or more",
        "{name} moet minstens {min} tekens lang zijn",
        "{name} doit comporter au moins {min} caractères",
        "{name} muss mindestens {min} Zeichen lang sein",
        "{name}至少需要 {min} 个字符"),
    "too_long": _t(
        "{name} must be {max} characters or less",
        "{name} mag hoogstens {max} tekens lang zijn",
        "{name} doit comporter {max} caractères au maximum",
        "{name} darf höchstens {max} Zeichen lang sein",
        "{name}不能超过 {max} 个字符"),
    "not_a_number": _t(
        "{name} must be a number", "{name} moet een getal zijn", "{name} doit être un nombre",
        "{name} muss eine Zahl sein", "{name}必须是数字"),
    "not_whole": _t(
        "{name} must be a whole number", "{name} moet een geheel getal zijn",
        "{name} doit être un nombre entier", "{name} muss eine ganze Zahl sein",
        "{name}必须是整数"),
    "too_many_decimals": _t(
        "{name} can have at most {decimals} decimals",
        "{name} mag hoogstens {decimals} cijfers na de komma hebben",
        "{name} peut avoir au maximum {decimals} décimales",
        "{name} darf höchstens {decimals} Nachkommastellen haben",
        "{name}最多只能有 {decimals} 位小数"),
    "too_small": _t(
        "{name} must be {min} or more", "{name} moet {min} of meer zijn",
        "{name} doit être d'au moins {min}", "{name} muss {min} oder mehr sein",
        "{name}不能小于 {min}"),
    "too_large": _t(
        "{name} must be {max} or less", "{name} moet {max} of minder zijn",
        "{name} ne peut pas dépasser {max}", "{name} darf höchstens {max} sein",
        "{name}不能大于 {max}"),
    "date_invalid": _t(
        "{name} must be a real date, like 27/03/2007",
        "{name} moet een bestaande datum zijn, bijvoorbeeld 27/03/2007",
        "{name} doit être une date qui existe, par exemple 27/03/2007",
        "{name} muss ein gültiges Datum sein, zum Beispiel 27.03.2007",
        "{name}必须是有效日期，例如 2007-03-27"),
    "date_past": _t(
        "{name} must be in the past", "{name} moet in het verleden liggen",
        "{name} doit être dans le passé", "{name} muss in der Vergangenheit liegen",
        "{name}必须是过去的日期"),
    "date_past_or_today": _t(
        "{name} must be today or in the past", "{name} moet vandaag of in het verleden liggen",
        "{name} doit être aujourd'hui ou dans le passé",
        "{name} muss heute oder in der Vergangenheit liegen",
        "{name}必须是今天或过去的日期"),
    "date_future": _t(
        "{name} must be in the future", "{name} moet in de toekomst liggen",
        "{name} doit être dans le futur", "{name} muss in der Zukunft liegen",
        "{name}必须是将来的日期"),
    "date_future_or_today": _t(
        "{name} must be today or in the future", "{name} moet vandaag of in de toekomst liggen",
        "{name} doit être aujourd'hui ou dans le futur",
        "{name} muss heute oder in der Zukunft liegen",
        "{name}必须是今天或将来的日期"),
    "date_first_of_month": _t(
        "{name} must be the first day of a month", "{name} moet de eerste dag van een maand zijn",
        "{name} doit être le premier jour d'un mois",
        "{name} muss der erste Tag eines Monats sein", "{name}必须是某个月的第一天"),
    "date_too_early": _t(
        "{name} must be on or after {date}", "{name} moet op of na {date} liggen",
        "{name} doit être le {date} ou plus tard", "{name} muss am {date} oder später sein",
        "{name}不能早于 {date}"),
    "date_too_late": _t(
        "{name} must be on or before {date}", "{name} moet op of voor {date} liggen",
        "{name} doit être le {date} ou plus tôt", "{name} muss am {date} oder früher sein",
        "{name}不能晚于 {date}"),
    "min_age": _t(
        "{name}: the person must be at least {years} years old",
        "{name}: de persoon moet minstens {years} jaar oud zijn",
        "{name} : la personne doit avoir au moins {years} ans",
        "{name}: Die Person muss mindestens {years} Jahre alt sein",
        "{name}：此人必须年满 {years} 岁"),
    "max_age": _t(
        "{name}: the person must be {years} years old or younger",
        "{name}: de persoon mag hoogstens {years} jaar oud zijn",
        "{name} : la personne doit avoir {years} ans au maximum",
        "{name}: Die Person darf höchstens {years} Jahre alt sein",
        "{name}：此人不能超过 {years} 岁"),
    "choice_invalid": _t(
        "{name}: select one of the options shown",
        "{name}: kies een van de getoonde mogelijkheden",
        "{name} : choisissez l'une des options proposées",
        "{name}: Wählen Sie eine der angebotenen Möglichkeiten",
        "{name}：请选择所列选项之一"),
    "yes_no_invalid": _t(
        "{name}: select yes or no", "{name}: kies ja of nee", "{name} : choisissez oui ou non",
        "{name}: Wählen Sie Ja oder Nein", "{name}：请选择“是”或“否”"),
    "address_invalid": _t(
        "{name}: enter the street and number, the postcode and the municipality",
        "{name}: vul de straat en het nummer, de postcode en de gemeente in",
        "{name} : indiquez la rue et le numéro, le code postal et la commune",
        "{name}: Geben Sie Straße und Hausnummer, Postleitzahl und Gemeinde ein",
        "{name}：请输入街道和门牌号、邮政编码和市镇"),
    "street_required": _t(
        "Enter the street and house number", "Vul de straat en het huisnummer in",
        "Indiquez la rue et le numéro", "Geben Sie Straße und Hausnummer ein",
        "请输入街道和门牌号"),
    "postcode_required": _t(
        "Enter the postcode", "Vul de postcode in", "Indiquez le code postal",
        "Geben Sie die Postleitzahl ein", "请输入邮政编码"),
    "postcode_invalid": _t(
        "Enter a Belgian postcode of 4 digits, like 1000",
        "Vul een Belgische postcode van 4 cijfers in, bijvoorbeeld 1000",
        "Indiquez un code postal belge de 4 chiffres, par exemple 1000",
        "Geben Sie eine belgische Postleitzahl mit 4 Ziffern ein, zum Beispiel 1000",
        "请输入 4 位数字的比利时邮政编码，例如 1000"),
    "municipality_required": _t(
        "Enter the municipality", "Vul de gemeente in", "Indiquez la commune",
        "Geben Sie die Gemeinde ein", "请输入市镇名称"),
    "national_number_format": _t(
        "Enter a national number in the correct format, like 85.07.30-033.28",
        "Vul een rijksregisternummer in het juiste formaat in, bijvoorbeeld 85.07.30-033.28",
        "Indiquez un numéro de registre national au bon format, par exemple 85.07.30-033.28",
        "Geben Sie eine Nationalregisternummer im richtigen Format ein, "
        "zum Beispiel 85.07.30-033.28",
        "请按正确格式输入国民登记号，例如 85.07.30-033.28"),
    "national_number_checksum": _t(
        "This national number does not exist. Check the 11 digits",
        "Dit rijksregisternummer bestaat niet. Controleer de 11 cijfers",
        "Ce numéro de registre national n'existe pas. Vérifiez les 11 chiffres",
        "Diese Nationalregisternummer gibt es nicht. Prüfen Sie die 11 Ziffern",
        "此国民登记号不存在，请核对这 11 位数字"),
    "iban_format": _t(
        "Enter an IBAN in the correct format, like BE68 5390 0754 7034",
        "Vul een IBAN in het juiste formaat in, bijvoorbeeld BE68 5390 0754 7034",
        "Indiquez un IBAN au bon format, par exemple BE68 5390 0754 7034",
        "Geben Sie eine IBAN im richtigen Format ein, zum Beispiel BE68 5390 0754 7034",
        "请按正确格式输入 IBAN，例如 BE68 5390 0754 7034"),
    "iban_checksum": _t(
        "This IBAN does not exist. Check the numbers and letters",
        "Dit IBAN bestaat niet. Controleer de cijfers en letters",
        "Cet IBAN n'existe pas. Vérifiez les chiffres et les lettres",
        "Diese IBAN gibt es nicht. Prüfen Sie die Ziffern und Buchstaben",
        "此 IBAN 不存在，请核对数字和字母"),
    "iban_country": _t(
        "The IBAN must start with {countries}", "Het IBAN moet beginnen met {countries}",
        "L'IBAN doit commencer par {countries}", "Die IBAN muss mit {countries} beginnen",
        "IBAN 必须以 {countries} 开头"),
    "email_invalid": _t(
        "Enter an email address in the correct format, like name@example.com",
        "Vul een e-mailadres in het juiste formaat in, bijvoorbeeld naam@voorbeeld.be",
        "Indiquez une adresse e-mail au bon format, par exemple nom@exemple.be",
        "Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.be",
        "请按正确格式输入电子邮件地址，例如 name@example.com"),
    "phone_invalid": _t(
        "Enter a telephone number, like 0470 12 34 56 or +32 470 12 34 56",
        "Vul een telefoonnummer in, bijvoorbeeld 0470 12 34 56 of +32 470 12 34 56",
        "Indiquez un numéro de téléphone, par exemple 0470 12 34 56 ou +32 470 12 34 56",
        "Geben Sie eine Telefonnummer ein, zum Beispiel 0470 12 34 56 oder +32 470 12 34 56",
        "请输入电话号码，例如 0470 12 34 56 或 +32 470 12 34 56"),
    "file_invalid": _t(
        "The selected file could not be read. Choose the file again",
        "Het gekozen bestand kon niet gelezen worden. Kies het bestand opnieuw",
        "Le fichier choisi n'a pas pu être lu. Choisissez-le à nouveau",
        "Die ausgewählte Datei konnte nicht gelesen werden. Wählen Sie sie erneut aus",
        "无法读取所选文件，请重新选择"),
    "file_type": _t(
        "The selected file must be one of these types: {types}",
        "Het gekozen bestand moet van een van deze types zijn: {types}",
        "Le fichier choisi doit être de l'un de ces types : {types}",
        "Die ausgewählte Datei muss einer dieser Typen sein: {types}",
        "所选文件必须是以下类型之一：{types}"),
    "file_too_big": _t(
        "The selected file must be smaller than {size}",
        "Het gekozen bestand moet kleiner zijn dan {size}",
        "Le fichier choisi doit faire moins de {size}",
        "Die ausgewählte Datei muss kleiner als {size} sein",
        "所选文件必须小于 {size}"),
    "file_empty": _t(
        "The selected file is empty", "Het gekozen bestand is leeg", "Le fichier choisi est vide",
        "Die ausgewählte Datei ist leer", "所选文件是空的"),
    "from_card": _t(
        "{name} comes from your eID card and cannot be changed here",
        "{name} komt van uw eID-kaart en kan hier niet gewijzigd worden",
        "{name} : cette donnée vient de votre carte eID et ne peut pas être changée ici",
        "{name} stammt von Ihrer eID-Karte und kann hier nicht geändert werden",
        "{name}来自您的 eID 卡，无法在此更改"),
    "not_a_question": _t(
        "{key} is not a question of this form", "{key} is geen vraag van dit formulier",
        "{key} n'est pas une question de ce formulaire", "{key} ist keine Frage dieses Formulars",
        "{key} 不是此表单中的问题"),
    "not_asked": _t(
        "{name} must not be answered: its page does not apply",
        "{name} mag niet beantwoord zijn: die pagina is niet van toepassing",
        "{name} ne doit pas avoir de réponse : cette page ne s'applique pas",
        "{name} darf nicht beantwortet sein: Diese Seite trifft nicht zu",
        "{name}不应填写：该页面不适用"),
    "invalid": _t(
        "{name} is not in the expected form", "{name} heeft niet de verwachte vorm",
        "{name} n'a pas la forme attendue", "{name} hat nicht die erwartete Form",
        "{name}的格式不符合要求"),
}

# Words for showing answers (check your answers, the PDF); the GUI's own
# buttons and titles go through Qt's translations instead.
WORDS: Final[Mapping[str, Mapping[str, str]]] = {
    "yes": _t("Yes", "Ja", "Oui", "Ja", "是"),
    "no": _t("No", "Nee", "Non", "Nein", "否"),
    "dont_know": _t("I don't know", "Ik weet het niet", "Je ne sais pas", "Ich weiß es nicht",
                    "我不知道"),
    "not_given": _t("Not given", "Niet opgegeven", "Non renseigné", "Keine Angabe", "未填写"),
    "declared": _t("Confirmed", "Bevestigd", "Confirmé", "Bestätigt", "已确认"),
    "from_card": _t("From your eID card", "Van uw eID-kaart", "De votre carte eID",
                    "Von Ihrer eID-Karte", "来自您的 eID 卡"),
    "date": _t("{day}/{month}/{year}", "{day}/{month}/{year}", "{day}/{month}/{year}",
               "{day}.{month}.{year}", "{year}年{month}月{day}日"),
    "file": _t("{file} ({size})", "{file} ({size})", "{file} ({size})", "{file} ({size})",
               "{file}（{size}）"),
}


def default_message(kind: str, language: str) -> str:
    return pick(DEFAULT_MESSAGES[kind], language)


def word(key: str, language: str) -> str:
    return pick(WORDS[key], language)

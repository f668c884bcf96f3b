using System.Text;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Tests.Common;

/// <summary>The one rule for names (<see cref="Names"/>), by Unicode category.</summary>
public class NamesTests
{
    [Theory]
    [InlineData("Nguyễn Văn An")]
    [InlineData("𠀧")] // U+20027, CJK Extension B: two UTF-16 code units, one letter (Lo)
    [InlineData("Nguyễn 𠀧 𡨸")]
    [InlineData("H'Hen Niê")]
    [InlineData("Y Ngông Niê Kđăm")]
    [InlineData("Lâm Thị Sô-Phia")]
    [InlineData("Nguyễn Thị Mai’s")]
    [InlineData("Nguyễn V. An")]
    [InlineData("Ἀλέξανδρος")]
    public void Letters_marks_spaces_and_a_few_punctuation_marks_make_a_person_name(string name)
    {
        Names.Check(name, NameKind.Person).ShouldBeNull();
    }

    [Theory]
    [InlineData("Nguyễn 😀", "U+1F600")] // So, a surrogate pair
    [InlineData("Nguyễn Văn An 👍🏽", "U+1F44D")]
    [InlineData("An❤", "U+2764")]
    [InlineData("An\uFE0F", "U+FE0F")] // emoji presentation selector
    [InlineData("Nguyễn\0Văn", "U+0000")] // Cc
    [InlineData("Nguyễn\u0007", "U+0007")]
    [InlineData("Nguyễn \u202EnĂ", "U+202E")] // right-to-left override
    [InlineData("Nguyễn \u200FAn", "U+200F")] // right-to-left mark
    [InlineData("Nguyễn \u2067An\u2069", "U+2067")] // right-to-left isolate
    [InlineData("Nguyễn Văn 2", "U+0032")] // a person's name has no digits
    [InlineData("Nguyễn + An", "U+002B")]
    [InlineData("Nguyễn \uE000", "U+E000")] // private use
    public void Symbols_emoji_control_and_direction_characters_are_refused_with_the_code_point(string name, string codePoint)
    {
        Names.Check(name, NameKind.Person).ShouldBe(new NameProblem(Names.InvalidCharacter, codePoint));

        var exception = Should.Throw<DomainRuleException>(() => Names.Normalize(name, NameKind.Person));
        exception.Code.ShouldBe(Names.InvalidCharacter);
        exception.Kind.ShouldBe(RuleViolationKind.Unprocessable);
        exception.Arguments.ShouldBe([codePoint]);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_before_anything_tries_to_normalise_it()
    {
        // Built here: a theory's data would be serialised, and a lone surrogate would not survive it.
        var highAlone = "Nguyễn " + (char)0xD83D;
        var lowAlone = "An" + (char)0xDE00;

        Names.Check(highAlone, NameKind.Person).ShouldBe(new NameProblem(Names.InvalidCharacter, "U+D83D"));
        Names.Check(lowAlone, NameKind.Person).ShouldBe(new NameProblem(Names.InvalidCharacter, "U+DE00"));
        VietnameseText.SortKey(highAlone).ShouldStartWith(VietnameseText.SortKey("Nguyễn"));
        VietnameseText.Clean(lowAlone).ShouldBe("An\uFFFD");
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF")]
    [InlineData("\u00AD - .")]
    [InlineData("...")]
    public void A_name_without_letters_once_invisible_characters_are_removed_is_empty(string name)
    {
        Names.Check(name, NameKind.Person).ShouldBe(new NameProblem(Names.Empty, string.Empty));
    }

    [Fact]
    public void Normalising_gives_nfc_single_spaces_and_no_invisible_characters()
    {
        var decomposed = "  Nguyễn\u200B  Thị\t\u00A0Minh\u3000Khai\uFEFF ".Normalize(NormalizationForm.FormD);

        var name = Names.Normalize(decomposed, NameKind.Person);

        name.ShouldBe("Nguyễn Thị Minh Khai");
        name.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Đảng bộ Sở Lao động – Thương binh và Xã hội")]
    [InlineData("Chi bộ Trường THPT số 2 (cơ sở 1)")]
    [InlineData("Công đoàn cơ sở \"Văn phòng\"; Hội CCB & Đoàn TN")]
    public void An_organisation_name_may_also_have_digits_and_punctuation(string name)
    {
        Names.Check(name, NameKind.Organization).ShouldBeNull();
    }

    [Fact]
    public void A_label_needs_a_letter_or_a_digit()
    {
        Names.Check("2020–2025", NameKind.Label).ShouldBeNull();
        Names.Check("2020–2025", NameKind.Organization).ShouldBe(new NameProblem(Names.Empty, string.Empty));
        Names.Check("–", NameKind.Label).ShouldBe(new NameProblem(Names.Empty, string.Empty));
    }

    [Theory]
    [InlineData("Chi bộ ★", "U+2605")]
    [InlineData("Chi bộ A+B", "U+002B")]
    [InlineData("Chi bộ 🇻🇳", "U+1F1FB")]
    public void An_organisation_name_has_no_symbols(string name, string codePoint)
    {
        Names.Check(name, NameKind.Organization).ShouldBe(new NameProblem(Names.InvalidCharacter, codePoint));
    }

    [Fact]
    public void A_cjk_extension_name_parses_folds_and_sorts_without_splitting_its_characters()
    {
        var name = PersonName.Parse("Nguyễn 𠀧");

        name.FamilyName.ShouldBe("Nguyễn");
        name.GivenName.ShouldBe("𠀧");
        name.Folded.ShouldBe("nguyen 𠀧");
        name.SortKey.ShouldNotBeNullOrEmpty();
        VietnameseText.SortKey("𠀧 An").ShouldBe(VietnameseText.SortKey("An").Insert(0, "0201"));
    }
}

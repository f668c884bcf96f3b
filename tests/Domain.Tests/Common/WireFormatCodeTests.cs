using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Tests.Common;

/// <summary>Enum codes are UPPER_SNAKE_CASE, computed once per defined value (responses write many; issue 12).</summary>
public sealed class WireFormatCodeTests
{
    [Fact]
    public void A_defined_value_gives_its_code_and_the_same_string_every_time()
    {
        WireFormat.Code(ProfessionalLevel.None).ShouldBe("NONE");
        WireFormat.Code(GeneralEducation.UpperSecondary).ShouldBe("UPPER_SECONDARY");
        WireFormat.Code(GeneralEducation.UpperSecondary).ShouldBeSameAs(WireFormat.Code(GeneralEducation.UpperSecondary));
    }

    [Fact]
    public void Values_of_different_enums_with_the_same_number_keep_their_own_codes()
    {
        var values = Enum.GetValues<ProfessionalLevel>().Cast<Enum>().Concat(Enum.GetValues<GeneralEducation>().Cast<Enum>()).ToArray();
        foreach (var value in values.Concat(values))
        {
            WireFormat.Code(value).ShouldBe(System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()));
        }
    }

    [Fact]
    public void A_value_outside_the_names_is_written_as_its_number()
    {
        WireFormat.Code((ProfessionalLevel)999).ShouldBe("999");
    }
}

using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using PartyCommittee.Api.Hosting;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Personal data is declared on the response types (<see cref="PersonalDataAttribute"/>) and masked in one place, the
/// serializer, for every role that does not need it.
/// </summary>
public sealed class PersonalDataMaskingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>Names of the fields that are personal data wherever a response carries them.</summary>
    private static readonly HashSet<string> PersonalFields = new(StringComparer.Ordinal)
    {
        "DateOfBirth", "AgeYears", "Religion", "CitizenId", "Phone", "Address",
    };

    public static TheoryData<string> RolesThatRead() => [.. Roles.All.Where(r => r is not (Roles.Member or Roles.IndicatorReporter))];

    [Fact]
    public void Every_response_type_declares_its_personal_data()
    {
        var types = typeof(Application.DependencyInjection).Assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract).ToList();
        var carrying = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => PersonalFields.Contains(p.Name)).Select(p => (Type: t, Property: p))).ToList();
        var responses = carrying.Where(c => c.Type.Name.EndsWith("Dto", StringComparison.Ordinal) || c.Type.Name.EndsWith("Item", StringComparison.Ordinal)).ToList();
        responses.Count.ShouldBeGreaterThanOrEqualTo(8, "the member and admission responses carry personal data");

        var undeclared = responses.Where(c => c.Property.GetCustomAttribute<PersonalDataAttribute>() is null).Select(c => $"{c.Type.Name}.{c.Property.Name}").ToList();
        undeclared.ShouldBeEmpty();

        // Hidden fields are written as null, so they must be nullable.
        var notNullable = types.SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttribute<PersonalDataAttribute>() is { Masking: Masking.Hide } && p.PropertyType.IsValueType && Nullable.GetUnderlyingType(p.PropertyType) is null)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}").ToList();
        notNullable.ShouldBeEmpty();
    }

    [Fact]
    public void The_serializer_masks_declared_fields_whatever_the_handler_filled_in()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiHost.ConfigureJson(options);
        var dto = new Sample(new DateOnly(1985, 6, 15), "079085001234", "Phật giáo", "Sóc Trăng");

        PersonalDataPolicy.CurrentCallerMayRead = false;
        var masked = JsonSerializer.SerializeToElement(dto, options);
        PersonalDataPolicy.CurrentCallerMayRead = true;
        var unmasked = JsonSerializer.SerializeToElement(dto, options);

        masked.GetProperty("dateOfBirth").ValueKind.ShouldBe(JsonValueKind.Null);
        masked.GetProperty("citizenId").GetString().ShouldBe("*********234");
        masked.GetProperty("religion").ValueKind.ShouldBe(JsonValueKind.Null);
        masked.GetProperty("homeTown").GetString().ShouldBe("Sóc Trăng");
        unmasked.GetProperty("dateOfBirth").GetString().ShouldBe("1985-06-15");
        unmasked.GetProperty("citizenId").GetString().ShouldBe("079085001234");
    }

    [Theory]
    [MemberData(nameof(RolesThatRead))]
    public async Task A_member_record_shows_personal_data_only_to_roles_that_need_it(string role)
    {
        var admin = factory.ClientAs(Roles.Admin, null);
        var created = await (await admin.PostAsJsonAsync("/api/v1/members", new
        {
            fullName = "Lý Thị Riêng Tư " + (char)('A' + Roles.All.ToList().IndexOf(role)),
            sex = "FEMALE",
            dateOfBirth = "1985-06-15",
            placeOfBirth = "Sóc Trăng",
            homeTown = "Sóc Trăng",
            ethnicityCode = "01",
            religion = "Phật giáo",
            citizenId = "0790850012" + (10 + Roles.All.ToList().IndexOf(role)),
            generalEducation = "UPPER_SECONDARY",
            professionalLevel = "UNIVERSITY",
            politicalTheoryLevel = "INTERMEDIATE",
            position = "Chuyên viên",
            phone = "0912345678",
            address = "12 Lê Lợi, Sóc Trăng",
            isProvincialCommitteeMember = false,
            admissionDecisionDate = "2009-05-19",
            ceremonyDate = "2009-06-02",
            fullMembershipDate = "2010-06-02",
            organizationId = DemoData.Cell(2),
            status = "FULL",
        }, HttpExtensions.Json)).ReadAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        var member = await (await factory.ClientAs(role, role == Roles.Admin ? null : DemoData.CommitteeId).GetAsync($"/api/v1/members/{id}")).ReadAsync<JsonElement>();

        var needs = Roles.PersonalDataReaders.Contains(role);
        member.GetProperty("personalDataMasked").GetBoolean().ShouldBe(!needs);
        if (needs)
        {
            member.GetProperty("dateOfBirth").GetString().ShouldBe("1985-06-15");
            member.GetProperty("phone").GetString().ShouldBe("0912345678");
            member.GetProperty("address").GetString().ShouldBe("12 Lê Lợi, Sóc Trăng");
        }
        else
        {
            member.GetProperty("dateOfBirth").ValueKind.ShouldBe(JsonValueKind.Null);
            member.GetProperty("ageYears").ValueKind.ShouldBe(JsonValueKind.Null);
            member.GetProperty("religion").ValueKind.ShouldBe(JsonValueKind.Null);
            member.GetProperty("address").ValueKind.ShouldBe(JsonValueKind.Null);
            member.GetProperty("phone").GetString().ShouldBe("*******678");
            member.GetProperty("citizenId").GetString()!.ShouldStartWith("*********");
        }

        member.GetProperty("birthYear").GetInt32().ShouldBe(1985);
    }

    /// <summary>A response type as a module would declare it.</summary>
    public sealed record Sample(
        [property: PersonalData] DateOnly? DateOfBirth,
        [property: PersonalData(Masking.KeepLastThree)] string? CitizenId,
        [property: PersonalData] string? Religion,
        string? HomeTown);
}

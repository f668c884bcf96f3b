using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// A row that slips past a handler's check is refused by its unique index, and the refusal carries the code of the
/// rule the index holds (here written straight through the context, as a racing writer would).
/// </summary>
public sealed class UniqueIndexRuleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_second_open_transfer_of_a_member_is_transfer_already_open()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Đỗ Văn Trùng");
        var member = await factory.WithDbAsync(db => db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).SingleAsync(m => m.Id == memberId));
        var home = await factory.WithDbAsync(db => db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(1)));
        var target = await factory.WithDbAsync(db => db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(2)));

        // Each request is checked without seeing the other (as two racing requests are).
        var exception = await SaveTwiceAsync(() => Transfer.Request(
            Guid.CreateVersion7(),
            new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, new DateOnly(2025, 3, 3), null, null),
            member,
            home,
            target,
            memberHasOpenTransfer: false,
            today: new DateOnly(2025, 3, 3),
                    rules: TransferRuleSet.Statutory));

        var rule = exception.ShouldBeOfType<DomainRuleException>();
        (rule.Code, rule.Kind).ShouldBe(("transfer.already_open", RuleViolationKind.Conflict));
    }

    [Fact]
    public async Task Numbers_codes_dates_names_and_kinds_in_use_answer_their_codes()
    {
        var committee = await factory.WithDbAsync(db => db.Organizations.FindAsync(DemoData.CommitteeId).AsTask());
        var code = await SaveTwiceAsync(() => PartyOrganization.Create(
            Guid.CreateVersion7(), "CB-TRUNG", "Chi bộ Trùng mã", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2019, 1, 1), committee));
        code.ShouldBeOfType<ConflictException>().Code.ShouldBe("organization.code_taken");
        code.ShouldBeOfType<ConflictException>().Arguments.ShouldBe(["CB-TRUNG"]);

        var cell = await factory.WithDbAsync(db => db.Organizations.FindAsync(DemoData.Cell(1)).AsTask());
        var card = await SaveTwiceAsync(() => PartyMember.Register(
            Guid.CreateVersion7(),
            new MemberProfile(
                "Đỗ Thị Thẻ", Sex.Female, new DateOnly(1985, 1, 1), null, null, Ethnicities.Kinh, null, null, GeneralEducation.UpperSecondary,
                ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate, null, null, null, null, false, "77700001", null),
            new AdmissionRecord(new DateOnly(2010, 1, 1), null, new DateOnly(2010, 1, 1), new DateOnly(2011, 1, 1)),
            cell!,
            MemberStatus.Full,
            new DateOnly(2011, 1, 1),
            null));
        card.ShouldBeOfType<ConflictException>().Code.ShouldBe("member.card_number_taken");
        card.ShouldBeOfType<ConflictException>().Arguments.ShouldBe(["77700001"]);

        var holiday = await SaveTwiceAsync(() => new PublicHoliday(Guid.CreateVersion7(), new DateOnly(2099, 9, 2), "Quốc khánh", "National Day"));
        holiday.ShouldBeOfType<ConflictException>().Code.ShouldBe("calendar.holiday_exists");
        holiday.ShouldBeOfType<ConflictException>().Arguments.ShouldBe(["2099-09-02"]);

        var term = await SaveTwiceAsync(() => new Term(Guid.CreateVersion7(), DemoData.CommitteeId, "1930–1935", null, new DateOnly(1930, 3, 1), new DateOnly(1935, 2, 28)));
        term.ShouldBeOfType<DomainRuleException>().Code.ShouldBe("term.name_taken");

        var termId = await factory.WithDbAsync(async db =>
        {
            var t = new Term(Guid.CreateVersion7(), DemoData.CommitteeId, "1940–1945", null, new DateOnly(1940, 3, 1), new DateOnly(1945, 2, 28));
            db.Terms.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        var body = await SaveTwiceAsync(() => new ElectedBody(Guid.CreateVersion7(), DemoData.CommitteeId, termId, BodyKind.InspectionCommission));
        body.ShouldBeOfType<DomainRuleException>().Code.ShouldBe("body.already_exists");
        body.ShouldBeOfType<DomainRuleException>().Arguments[0].ShouldBe("INSPECTION_COMMISSION");

        // Two campaigns of one year opened at once (the handler's check read before either saved): the check's code.
        var campaign = await SaveTwiceAsync(() => RatingCampaign.Open(
            Guid.CreateVersion7(), DemoData.CommitteeId, 2019, new DateOnly(2019, 12, 1), new DateOnly(2026, 1, 1), new Dictionary<RatingStep, DateOnly>(), MemberRatingRuleSet.Statutory));
        campaign.ShouldBeOfType<DomainRuleException>().Code.ShouldBe("rating_campaign.exists");
        campaign.ShouldBeOfType<DomainRuleException>().Arguments.ShouldBe([2019]);

        // Two dues sheets of a cell's month (a sheet opened while an import that opens it too was checking its rows).
        var month = new DateOnly(2019, 1, 1);
        var sheet = await SaveTwiceAsync(() => DuesSheet.Open(Guid.CreateVersion7(), DemoData.Cell(1), month, [], DuesRuleSet.Statutory.InForceOn(month), 30, new DateOnly(2026, 1, 1)));
        sheet.ShouldBeOfType<ConflictException>().Code.ShouldBe("dues.sheet_exists");
        sheet.ShouldBeOfType<ConflictException>().Arguments.ShouldBe(["2019-01-01"]);
    }

    /// <summary>Saves one entity, then a second like it in another context; returns what the second save threw.</summary>
    private async Task<Exception> SaveTwiceAsync(Func<object> create)
    {
        await factory.WithDbAsync(async db =>
        {
            db.Add(create());
            return await db.SaveChangesAsync();
        });

        return await Should.ThrowAsync<Exception>(() => factory.WithDbAsync(async db =>
        {
            db.Add(create());
            return await db.SaveChangesAsync();
        }));
    }
}

using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.RecordDuesPayments;

/// <summary>One member's payment on the sheet.</summary>
/// <param name="MemberId">The member (on the sheet).</param>
/// <param name="Paid">Amount paid in đồng (0: not paid).</param>
/// <param name="PaidOn">Day paid (required when something was paid).</param>
/// <param name="Collector">Who collected it.</param>
/// <param name="Excused">Not paying had a legitimate reason (not counted towards name removal).</param>
/// <param name="Reason">The reason (required when excused).</param>
public sealed record DuesPaymentInput([property: Required] Guid? MemberId, [property: Required] long? Paid, DateOnly? PaidOn, string? Collector, bool Excused, string? Reason);

/// <summary>Payments recorded on a sheet (the lines named are replaced; others are kept).</summary>
/// <param name="Payments">One entry per member.</param>
public sealed record DuesPayments([property: Required] IReadOnlyList<DuesPaymentInput>? Payments);

public sealed record RecordDuesPaymentsCommand(Guid Id, long ExpectedVersion, DuesPayments Body) : ICommand<DuesSheetDto>;

public sealed class RecordDuesPaymentsValidator : AbstractValidator<RecordDuesPaymentsCommand>
{
    public RecordDuesPaymentsValidator()
    {
        RuleFor(c => c.Body.Payments).NotNull().NotEmpty().Must(p => p is null || p.Count <= 1000).OverridePropertyName("payments");
        RuleForEach(c => c.Body.Payments).ChildRules(p =>
        {
            p.RuleFor(x => x.MemberId).NotNull().NotEqual(Guid.Empty);
            p.RuleFor(x => x.Paid).NotNull().InclusiveBetween(0, 1_000_000_000);
            p.RuleFor(x => x.PaidOn).InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31));
            p.RuleFor(x => x.Collector).MaximumLength(DuesSheet.CollectorMaxLength);
            p.RuleFor(x => x.Reason).MaximumLength(500);
        }).OverridePropertyName("payments");
    }
}

public sealed class RecordDuesPaymentsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<DuesRuleSet> rules)
    : ICommandHandler<RecordDuesPaymentsCommand, DuesSheetDto>
{
    public async ValueTask<DuesSheetDto> Handle(RecordDuesPaymentsCommand command, CancellationToken cancellationToken)
    {
        var sheet = await db.LoadSheetInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        sheet.EnsureVersion(command.ExpectedVersion);
        sheet.RecordPayments(
            command.Body.Payments!.Select(p => new DuesPayment(p.MemberId!.Value, p.Paid!.Value, p.PaidOn, p.Collector, p.Excused, p.Reason)),
            time.TodayInVietnam());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(sheet, rules, cancellationToken);
    }
}

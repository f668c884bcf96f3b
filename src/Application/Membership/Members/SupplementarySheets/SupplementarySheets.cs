using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.SupplementarySheets;

/// <summary>The supplementary sheet of a year (phiếu bổ sung hồ sơ đảng viên): what changed in the record that year.</summary>
/// <param name="Content">The declared changes (position, training, awards, family, other), as written on the sheet.</param>
/// <param name="DeclaredOn">The day the member declared it.</param>
public sealed record SupplementarySheet([property: Required] string? Content, [property: Required] DateOnly? DeclaredOn);

/// <summary>The sheet of one year, as sent.</summary>
/// <param name="Year">The year the sheet covers.</param>
/// <param name="Content">The declared changes.</param>
/// <param name="DeclaredOn">The day the member declared it.</param>
public sealed record YearSupplementarySheet([property: Required] int? Year, [property: Required] string? Content, [property: Required] DateOnly? DeclaredOn);

/// <summary>One year's sheet.</summary>
public sealed record SupplementarySheetDto(int Year, string Content, DateOnly DeclaredOn);

public sealed record RecordSupplementarySheetCommand(Guid Id, int Year, SupplementarySheet Sheet) : ICommand<IReadOnlyList<SupplementarySheetDto>>;

public sealed record ListSupplementarySheetsQuery(Guid Id) : IQuery<IReadOnlyList<SupplementarySheetDto>>;

public sealed class RecordSupplementarySheetValidator : AbstractValidator<RecordSupplementarySheetCommand>
{
    public RecordSupplementarySheetValidator(TimeProvider time)
    {
        RuleFor(c => c.Year).InclusiveBetween(1930, 2100).OverridePropertyName("year");
        RuleFor(c => c.Sheet.Content).NotEmpty().MaximumLength(8000).OverridePropertyName("content");
        RuleFor(c => c.Sheet.DeclaredOn).NotNull().IsEventDate(time).OverridePropertyName("declaredOn");
    }
}

/// <summary>
/// Records or replaces the sheet of the year (one per member and year: an idempotent PUT, without If-Match, since the
/// sheet of a year is the member's own declaration and replaces itself); answers every sheet of the member.
/// </summary>
public sealed class RecordSupplementarySheetHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<RecordSupplementarySheetCommand, IReadOnlyList<SupplementarySheetDto>>
{
    public async ValueTask<IReadOnlyList<SupplementarySheetDto>> Handle(RecordSupplementarySheetCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        await db.Set<MemberSupplementarySheet>().Where(s => s.MemberId == member.Id).LoadAsync(cancellationToken);
        member.RecordSupplementarySheet(command.Year, command.Sheet.Content!, command.Sheet.DeclaredOn!.Value, time.TodayInVietnam());
        await db.SaveChangesAsync(cancellationToken);
        return [.. member.SupplementarySheets.OrderBy(s => s.Year).Select(s => new SupplementarySheetDto(s.Year, s.Content, s.DeclaredOn))];
    }
}

public sealed class ListSupplementarySheetsHandler(IAppDbContext db, IOrganizationScope scope)
    : IQueryHandler<ListSupplementarySheetsQuery, IReadOnlyList<SupplementarySheetDto>>
{
    public async ValueTask<IReadOnlyList<SupplementarySheetDto>> Handle(ListSupplementarySheetsQuery query, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, query.Id, cancellationToken, tracking: false);
        return await db.Set<MemberSupplementarySheet>().AsNoTracking().Where(s => s.MemberId == member.Id).OrderBy(s => s.Year)
            .Select(s => new SupplementarySheetDto(s.Year, s.Content, s.DeclaredOn)).ToListAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Inspection.Dues;

/// <summary>A member's dues basis from a month on.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="MemberId">The member.</param>
/// <param name="MemberName">His full name.</param>
/// <param name="Category">SALARIED, PENSIONER, STUDENT or OTHER.</param>
/// <param name="CategoryLabel">Display label of <paramref name="Category"/>.</param>
/// <param name="MonthlyBasisAmount">Salary, insured salary or pension in đồng.</param>
/// <param name="EffectiveFrom">First day of the first month it applies to.</param>
/// <param name="ReductionPercent">Hardship reduction in percent (100: exempt).</param>
/// <param name="ReductionUntil">First day of the last month of the reduction.</param>
/// <param name="ReductionReason">Why it was granted.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record DuesBasisDto(
    Guid Id,
    Guid MemberId,
    string MemberName,
    DuesCategory Category,
    BilingualLabel CategoryLabel,
    long MonthlyBasisAmount,
    DateOnly EffectiveFrom,
    int? ReductionPercent,
    DateOnly? ReductionUntil,
    string? ReductionReason,
    long Version) : IVersioned
{
    public static DuesBasisDto From(DuesBasis b, string memberName) => new(
        b.Id, b.MemberId, memberName, b.Category, DuesLabels.Of(b.Category), b.MonthlyBasisAmount, b.EffectiveFrom, b.ReductionPercent, b.ReductionUntil, b.ReductionReason, b.Version);
}

/// <summary>One member's line of a monthly sheet.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="MemberName">His full name.</param>
/// <param name="Category">The category the due was computed for.</param>
/// <param name="Due">Amount due in đồng.</param>
/// <param name="Exempted">Amount exempted (seniority exemption, hardship reduction).</param>
/// <param name="Paid">Amount paid.</param>
/// <param name="PaidOn">Day paid.</param>
/// <param name="Collector">Who collected it.</param>
/// <param name="Excused">Not paying this month had a legitimate reason.</param>
/// <param name="Reason">The reason.</param>
/// <param name="Arrears">Due less paid (never negative).</param>
public sealed record DuesLineDto(
    Guid MemberId, string MemberName, DuesCategory Category, long Due, long Exempted, long Paid, DateOnly? PaidOn, string? Collector, bool Excused, string? Reason, long Arrears);

/// <summary>A cell's dues sheet for a month.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Month">First day of the month.</param>
/// <param name="RuleSet">The dues rules applied (those in force in the month).</param>
/// <param name="RetentionPercent">Percent of what is collected that the cell keeps.</param>
/// <param name="TotalDue">Sum due.</param>
/// <param name="TotalExempted">Sum exempted.</param>
/// <param name="TotalPaid">Sum collected.</param>
/// <param name="Retained">Kept by the cell.</param>
/// <param name="Remitted">Remitted to the committee.</param>
/// <param name="Lines">One line per member, in name order.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record DuesSheetDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    DateOnly Month,
    RuleSource RuleSet,
    int RetentionPercent,
    long TotalDue,
    long TotalExempted,
    long TotalPaid,
    long Retained,
    long Remitted,
    IReadOnlyList<DuesLineDto> Lines,
    long Version) : IVersioned;

public static class DuesLabels
{
    public static BilingualLabel Of(DuesCategory category) => category switch
    {
        DuesCategory.Salaried => new("Hưởng lương", "Salaried"),
        DuesCategory.Pensioner => new("Hưởng lương hưu", "Pensioner"),
        DuesCategory.Student => new("Học sinh, sinh viên", "Student"),
        _ => new("Đối tượng khác", "Other"),
    };
}

public static class DuesLoading
{
    /// <summary>Loads a sheet with its lines; 404 when missing or its cell is outside the caller's scope.</summary>
    public static async Task<DuesSheet> LoadSheetInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.DuesSheets.Include(s => s.Lines);
        var sheet = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sheet is null || !await scope.CoversAsync(sheet.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("dues.sheet_not_found", "Dues sheet", id);
        }

        return sheet;
    }

    /// <summary>Loads a cell named in a body or query; a 422 "not found" rule when missing or out of scope, and it must be a cell.</summary>
    public static async Task<PartyOrganization> LoadCellForDuesAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var cell = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (cell is null || !await scope.CoversAsync(cell.Path, cancellationToken))
        {
            throw new DomainRuleException("dues.organization_not_found", "The cell was not found.", RuleViolationKind.Unprocessable, id);
        }

        if (cell.Type != OrganizationType.PartyCell)
        {
            throw new DomainRuleException("dues.organization_not_a_cell", "Dues are collected by cells.", RuleViolationKind.Unprocessable, cell.Code);
        }

        return cell;
    }

    public static async Task<DuesSheetDto> ToDtoAsync(this IAppDbContext db, DuesSheet sheet, RuleBook<DuesRuleSet> rules, CancellationToken cancellationToken)
    {
        var memberIds = sheet.Lines.Select(l => l.MemberId).ToList();
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.NameSortKey })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == sheet.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var lines = sheet.Lines
            .OrderBy(l => members.GetValueOrDefault(l.MemberId)?.NameSortKey ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(l => l.MemberId)
            .Select(l => new DuesLineDto(
                l.MemberId, members.GetValueOrDefault(l.MemberId)?.FullName ?? string.Empty, l.Category, l.Due, l.Exempted, l.Paid, l.PaidOn, l.Collector, l.Excused, l.Reason,
                l.Arrears))
            .ToList();
        var ruleSet = (rules.Find(sheet.RuleSetCode) ?? rules.InForceOn(sheet.Month)).Source;
        return new DuesSheetDto(
            sheet.Id, sheet.OrganizationId, name, sheet.Month, ruleSet, sheet.RetentionPercent, sheet.TotalDue, sheet.TotalExempted, sheet.TotalPaid,
            sheet.Retained, sheet.Remitted, lines, sheet.Version);
    }
}

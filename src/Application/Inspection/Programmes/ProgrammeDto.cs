using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Inspection.Cases;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Programmes;

/// <summary>A planned item.</summary>
public sealed record ProgrammeItemDto(
    Guid Id, InspectionKind Kind, BilingualLabel KindLabel, InspectionSubjectType SubjectType, BilingualLabel SubjectTypeLabel,
    Guid OrganizationId, string OrganizationName, Guid? MemberId, string? MemberName, TopicDto Topic, int Quarter);

/// <summary>A yearly programme of inspection and supervision.</summary>
public sealed record ProgrammeDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    int Year,
    InspectionAuthority IssuedBy,
    BilingualLabel IssuedByLabel,
    string? DocumentNumber,
    DateOnly IssuedOn,
    IReadOnlyList<ProgrammeItemDto> Items,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned;

/// <summary>
/// A programme as the list shows it: its header and how many items it plans, not the items (ADR 0076: a committee's
/// programme over every cell plans thousands; the list carried them all, 2.5 MB for one programme at 1M members).
/// <c>GET /inspection-programmes/{id}</c> gives the items.
/// </summary>
public sealed record ProgrammeSummaryDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    int Year,
    InspectionAuthority IssuedBy,
    BilingualLabel IssuedByLabel,
    string? DocumentNumber,
    DateOnly IssuedOn,
    int ItemCount,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>A planned item as named in a request.</summary>
/// <param name="Kind">Kind of inspection or supervision.</param>
/// <param name="SubjectType">CELL, CELL_COMMITTEE or MEMBER.</param>
/// <param name="OrganizationId">The cell (for a member, omitted: his cell).</param>
/// <param name="MemberId">MEMBER only.</param>
/// <param name="TopicCode">The topic.</param>
/// <param name="Quarter">1 to 4.</param>
public sealed record ProgrammeItemEntry(
    [property: System.ComponentModel.DataAnnotations.Required] InspectionKind? Kind,
    [property: System.ComponentModel.DataAnnotations.Required] InspectionSubjectType? SubjectType,
    Guid? OrganizationId,
    Guid? MemberId,
    [property: System.ComponentModel.DataAnnotations.Required] string? TopicCode,
    [property: System.ComponentModel.DataAnnotations.Required] int? Quarter);

internal static class ProgrammeViews
{
    public static async Task<IReadOnlyList<ProgrammeDto>> ToDtosAsync(this IAppDbContext db, IReadOnlyList<InspectionProgramme> programmes, CancellationToken cancellationToken)
    {
        var organizationIds = programmes.SelectMany(p => p.Items.Select(i => i.OrganizationId).Append(p.OrganizationId)).Distinct().ToList();
        var memberIds = programmes.SelectMany(p => p.Items.Select(i => i.MemberId).OfType<Guid>()).Distinct().ToList();
        var organizations = await db.OrganizationNamesAsync(organizationIds, cancellationToken);
        var members = await db.MemberNamesAsync(memberIds, cancellationToken);
        return [.. programmes.Select(p => new ProgrammeDto(
            p.Id,
            p.OrganizationId,
            organizations.GetValueOrDefault(p.OrganizationId, string.Empty),
            p.Year,
            p.IssuedBy,
            InspectionLabels.Of(p.IssuedBy),
            p.DocumentNumber,
            p.IssuedOn,
            [.. p.Items.OrderBy(i => i.Quarter).ThenBy(i => i.Kind).ThenBy(i => i.Id).Select(i => new ProgrammeItemDto(
                i.Id, i.Kind, InspectionLabels.Of(i.Kind), i.SubjectType, InspectionLabels.Of(i.SubjectType), i.OrganizationId,
                organizations.GetValueOrDefault(i.OrganizationId, string.Empty), i.MemberId, i.MemberId is { } m ? members.GetValueOrDefault(m) : null,
                TopicDto.Of(i.TopicCode), i.Quarter))],
            p.Version,
            p.CreatedAt,
            p.UpdatedAt))];
    }

    /// <summary>
    /// Resolves the items' cells and members in the caller's scope: the members named in one statement, the cells in
    /// another (a programme plans up to 200 items; each was two or three statements), then the items in order, so that
    /// the first item at fault gives the answer, as before: 422 <c>inspection.member_not_found</c>,
    /// <c>inspection.subject_member_mismatch</c> or <c>inspection.organization_not_found</c>.
    /// </summary>
    public static async Task<IReadOnlyList<ProgrammeItemInput>> ResolveItemsAsync(
        this IAppDbContext db, IOrganizationScope scope, IReadOnlyList<ProgrammeItemEntry> entries, CancellationToken cancellationToken)
    {
        var memberIds = entries.Where(e => e.SubjectType == InspectionSubjectType.Member).Select(e => e.MemberId!.Value).Distinct().ToList();
        var memberCells = memberIds.Count == 0
            ? []
            : await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id)).Select(m => new { m.Id, m.OrganizationId })
                .ToDictionaryAsync(m => m.Id, m => m.OrganizationId, cancellationToken);
        var cellIds = entries.Where(e => e.SubjectType != InspectionSubjectType.Member).Select(e => e.OrganizationId!.Value).Concat(memberCells.Values).Distinct().ToList();
        var cells = cellIds.Count == 0
            ? []
            : await db.Organizations.Where(o => cellIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);

        var items = new List<ProgrammeItemInput>(entries.Count);
        foreach (var e in entries)
        {
            Guid cellId;
            if (e.SubjectType == InspectionSubjectType.Member)
            {
                var memberId = e.MemberId!.Value;
                if (!memberCells.TryGetValue(memberId, out cellId) || !cells.TryGetValue(cellId, out var own) || !await scope.CoversAsync(own.Path, cancellationToken))
                {
                    throw InspectionAccess.MemberNotFound(memberId);
                }
            }
            else
            {
                if (e.MemberId is not null)
                {
                    throw InspectionErrors.SubjectMemberMismatch();
                }

                cellId = e.OrganizationId!.Value;
            }

            if (!cells.TryGetValue(cellId, out var cell) || !await scope.CoversAsync(cell.Path, cancellationToken))
            {
                throw InspectionAccess.OrganizationNotFound(cellId);
            }

            items.Add(new ProgrammeItemInput(e.Kind!.Value, e.SubjectType!.Value, cell, e.MemberId, e.TopicCode!.Trim(), e.Quarter!.Value));
        }

        return items;
    }
}

/// <summary>The rules of one planned item.</summary>
public sealed class ProgrammeItemEntryValidator : AbstractValidator<ProgrammeItemEntry>
{
    public ProgrammeItemEntryValidator()
    {
        RuleFor(x => x.Kind).NotNull().IsDefinedEnum();
        RuleFor(x => x.SubjectType).NotNull().IsDefinedEnum();
        RuleFor(x => x.MemberId).NotNull().When(x => x.SubjectType == InspectionSubjectType.Member);
        RuleFor(x => x.OrganizationId).NotNull().When(x => x.SubjectType is InspectionSubjectType.Cell or InspectionSubjectType.CellCommittee);
        RuleFor(x => x.TopicCode).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Quarter).NotNull().InclusiveBetween(1, 4);
    }
}

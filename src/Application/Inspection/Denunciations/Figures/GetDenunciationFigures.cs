using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Denunciations;

namespace PartyCommittee.Application.Inspection.Denunciations.Figures;

/// <summary>Counts of denunciations received in the year.</summary>
/// <param name="Received">Registered.</param>
/// <param name="NotAccepted">Recorded as not accepted.</param>
/// <param name="Concluded">Concluded.</param>
/// <param name="WellFounded">Concluded well-founded.</param>
/// <param name="PartlyFounded">Concluded partly well-founded.</param>
/// <param name="Unfounded">Concluded unfounded.</param>
/// <param name="Open">Accepted and not concluded.</param>
/// <param name="Overdue">Open and past the time limit on the as-of date.</param>
/// <param name="ConcludedLate">Concluded after the time limit.</param>
public sealed record DenunciationCountsDto(int Received, int NotAccepted, int Concluded, int WellFounded, int PartlyFounded, int Unfounded, int Open, int Overdue, int ConcludedLate);

/// <summary>Counts of discipline complaints received in the year.</summary>
/// <param name="Received">Registered.</param>
/// <param name="NotAccepted">Recorded as not accepted.</param>
/// <param name="FiledLate">Of which filed after the filing period.</param>
/// <param name="Settled">Settled.</param>
/// <param name="Upheld">Discipline upheld.</param>
/// <param name="Changed">Form changed.</param>
/// <param name="Withdrawn">Discipline withdrawn.</param>
/// <param name="Open">Accepted and not settled.</param>
/// <param name="Overdue">Open and past the settlement period on the as-of date.</param>
/// <param name="SettledLate">Settled after the settlement period.</param>
public sealed record ComplaintCountsDto(int Received, int NotAccepted, int FiledLate, int Settled, int Upheld, int Changed, int Withdrawn, int Open, int Overdue, int SettledLate);

/// <summary>Denunciation and complaint counts of a year and subtree (what a viewer sees of them).</summary>
/// <param name="OrganizationId">The subtree's root (null: the caller's scope).</param>
/// <param name="Year">The year of receipt.</param>
/// <param name="AsOf">The day open items are measured against (31 December, or today in the current year).</param>
/// <param name="Denunciations">Denunciations.</param>
/// <param name="Complaints">Complaints about discipline.</param>
public sealed record DenunciationFiguresDto(Guid? OrganizationId, int Year, DateOnly AsOf, DenunciationCountsDto Denunciations, ComplaintCountsDto Complaints);

public sealed record GetDenunciationFiguresQuery(Guid? OrganizationId, int Year) : IQuery<DenunciationFiguresDto>;

public sealed class GetDenunciationFiguresValidator : AbstractValidator<GetDenunciationFiguresQuery>
{
    public GetDenunciationFiguresValidator() => RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
}

public sealed class GetDenunciationFiguresHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<GetDenunciationFiguresQuery, DenunciationFiguresDto>
{
    public async ValueTask<DenunciationFiguresDto> Handle(GetDenunciationFiguresQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var from = new DateOnly(query.Year, 1, 1);
        var to = new DateOnly(query.Year, 12, 31);
        var today = time.TodayInVietnam();
        var asOf = today < to ? today : to;
        var denunciations = db.Denunciations.AsNoTracking().Where(d => d.ReceivedOn >= from && d.ReceivedOn <= to);
        var complaints = db.Complaints.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        if (organizations is not null)
        {
            var ids = organizations.ToList();
            denunciations = denunciations.Where(d => ids.Contains(d.OrganizationId));
            complaints = complaints.Where(c => ids.Contains(c.OrganizationId));
        }

        var d = await denunciations.ToListAsync(cancellationToken);
        var c = await complaints.ToListAsync(cancellationToken);
        return new DenunciationFiguresDto(
            query.OrganizationId,
            query.Year,
            asOf,
            new DenunciationCountsDto(
                d.Count,
                d.Count(x => x.Status == DenunciationStatus.NotAccepted),
                d.Count(x => x.Status == DenunciationStatus.Concluded),
                d.Count(x => x.Result == DenunciationResult.WellFounded),
                d.Count(x => x.Result == DenunciationResult.PartlyFounded),
                d.Count(x => x.Result == DenunciationResult.Unfounded),
                d.Count(x => x.IsOpen),
                d.Count(x => x.IsOpen && asOf > x.DueOn),
                d.Count(x => x.Late)),
            new ComplaintCountsDto(
                c.Count,
                c.Count(x => x.Status == ComplaintStatus.NotAccepted),
                c.Count(x => x.NotAcceptedReason == ComplaintRefusal.FiledLate),
                c.Count(x => x.Status == ComplaintStatus.Settled),
                c.Count(x => x.Outcome == ComplaintOutcome.Upheld),
                c.Count(x => x.Outcome == ComplaintOutcome.Changed),
                c.Count(x => x.Outcome == ComplaintOutcome.Withdrawn),
                c.Count(x => x.IsOpen),
                c.Count(x => x.IsOpen && asOf > x.DueOn),
                c.Count(x => x.Late)));
    }
}

using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Models;

/// <summary>The recognition of a model.</summary>
/// <param name="RecognizedOn">Date of the decision.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Level">CELL, GRASSROOTS, SUPERIOR, PROVINCIAL or NATIONAL.</param>
/// <param name="LevelLabel">Display label.</param>
public sealed record RecognitionDto(DateOnly RecognizedOn, string? DecisionNumber, RecognitionLevel Level, BilingualLabel LevelLabel);

/// <summary>An emulation model.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell (or committee) that registered it.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Year">The year it is registered for.</param>
/// <param name="Kind">SKILFUL_MASS_MOBILISATION, HO_CHI_MINH_STUDY_AND_FOLLOWING or OTHER.</param>
/// <param name="KindLabel">Display label.</param>
/// <param name="Title">Title.</param>
/// <param name="OwnerMemberId">The member who owns it; null when the organisation does.</param>
/// <param name="OwnerName">The owner's name (the member's, else the organisation's).</param>
/// <param name="Target">What it aims at.</param>
/// <param name="Result">What it achieved, once known.</param>
/// <param name="Recognition">Its recognition, if recognised.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record EmulationModelDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    int Year,
    EmulationModelKind Kind,
    BilingualLabel KindLabel,
    string Title,
    Guid? OwnerMemberId,
    string OwnerName,
    string Target,
    string? Result,
    RecognitionDto? Recognition,
    long Version) : IVersioned;

internal static class EmulationModelViews
{
    public static EmulationModelDto ToDto(EmulationModel m, string organizationName, string? ownerName) => new(
        m.Id, m.OrganizationId, organizationName, m.Year, m.Kind, EvaluationLabels.Of(m.Kind), m.Title, m.OwnerMemberId, ownerName ?? organizationName,
        m.Target, m.Result,
        m.RecognizedOn is { } on && m.RecognitionLevel is { } level ? new RecognitionDto(on, m.RecognitionDecision, level, EvaluationLabels.Of(level)) : null,
        m.Version);

    public static async Task<EmulationModelDto> ToDtoAsync(this IAppDbContext db, EmulationModel m, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var owner = m.OwnerMemberId is { } ownerId
            ? await db.Members.AsNoTracking().Where(p => p.Id == ownerId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return ToDto(m, organization, owner);
    }
}

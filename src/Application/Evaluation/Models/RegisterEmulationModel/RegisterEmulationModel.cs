using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Models.RegisterEmulationModel;

/// <summary>The recognition of a model as the decision says.</summary>
/// <param name="RecognizedOn">Date of the decision (not in the future; in or after the model's year).</param>
/// <param name="DecisionNumber">Number of the decision (optional).</param>
/// <param name="Level">CELL, GRASSROOTS, SUPERIOR, PROVINCIAL or NATIONAL.</param>
public sealed record RecognitionInput([property: Required] DateOnly? RecognizedOn, string? DecisionNumber, [property: Required] RecognitionLevel? Level);

/// <summary>A model (POST registers it, PUT replaces it: results and recognition are added the same way).</summary>
/// <param name="OrganizationId">The cell (or committee) that registers it.</param>
/// <param name="Year">The year, 1930 to next year.</param>
/// <param name="Kind">SKILFUL_MASS_MOBILISATION ("Dân vận khéo"), HO_CHI_MINH_STUDY_AND_FOLLOWING or OTHER.</param>
/// <param name="Title">Title of the model.</param>
/// <param name="OwnerMemberId">A member of the organisation during the year who owns it; omitted when the organisation does.</param>
/// <param name="Target">What it aims at.</param>
/// <param name="Result">What it achieved (optional).</param>
/// <param name="Recognition">Its recognition (optional).</param>
public sealed record EmulationModelInput(
    [property: Required] Guid? OrganizationId,
    [property: Required] int? Year,
    [property: Required] EmulationModelKind? Kind,
    [property: Required] string? Title,
    Guid? OwnerMemberId,
    [property: Required] string? Target,
    string? Result,
    RecognitionInput? Recognition);

public sealed record RegisterEmulationModelCommand(EmulationModelInput Model) : ICommand<EmulationModelDto>;

internal static class EmulationModelRules
{
    public static void AddModelRules<T>(this AbstractValidator<T> validator, Func<T, EmulationModelInput> input, TimeProvider time)
    {
        validator.RuleFor(c => input(c).OrganizationId).NotEmpty().OverridePropertyName("organizationId");
        validator.RuleFor(c => input(c).Year).NotNull().InclusiveBetween(1930, time.TodayInVietnam().Year + 1).OverridePropertyName("year");
        validator.RuleFor(c => input(c).Kind).NotNull().IsDefinedEnum().OverridePropertyName("kind");
        validator.RuleFor(c => input(c).Title).NotEmpty().MaximumLength(EmulationModel.TitleMaxLength).OverridePropertyName("title");
        validator.RuleFor(c => input(c).Target).NotEmpty().MaximumLength(EmulationModel.TextMaxLength).OverridePropertyName("target");
        validator.RuleFor(c => input(c).Result).MaximumLength(EmulationModel.TextMaxLength).OverridePropertyName("result");
        validator.RuleFor(c => input(c).Recognition!.RecognizedOn).NotNull().IsEventDate(time).When(c => input(c).Recognition is not null).OverridePropertyName("recognition.recognizedOn");
        validator.RuleFor(c => input(c).Recognition!.Level).NotNull().IsDefinedEnum().When(c => input(c).Recognition is not null).OverridePropertyName("recognition.level");
        validator.RuleFor(c => input(c).Recognition!.DecisionNumber).MaximumLength(EmulationModel.DecisionMaxLength).When(c => input(c).Recognition is not null).OverridePropertyName("recognition.decisionNumber");
    }

    /// <summary>True when the owner is counted in the organisation's subtree on some day of the year checked (the year's last day, or today, or a placement during the year).</summary>
    public static async Task<bool> OwnerInOrganizationAsync(this IAppDbContext db, PartyOrganization organization, Guid? ownerId, int year, CancellationToken cancellationToken)
    {
        if (ownerId is not { } id)
        {
            return true;
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(organization.Path)).Select(o => o.Id).ToListAsync(cancellationToken);
        return await db.MemberPlacements.AsNoTracking()
            .AnyAsync(p => p.MemberId == id && organizations.Contains(p.OrganizationId) && p.StartsOn <= last && (p.EndsOn == null || p.EndsOn > first), cancellationToken);
    }

    public static ModelRecognition? Recognition(this EmulationModelInput input) =>
        input.Recognition is { } r ? new ModelRecognition(r.RecognizedOn!.Value, r.DecisionNumber, r.Level!.Value) : null;
}

public sealed class RegisterEmulationModelValidator : AbstractValidator<RegisterEmulationModelCommand>
{
    public RegisterEmulationModelValidator(TimeProvider time) => this.AddModelRules(c => c.Model, time);
}

public sealed class RegisterEmulationModelHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<RegisterEmulationModelCommand, EmulationModelDto>
{
    public async ValueTask<EmulationModelDto> Handle(RegisterEmulationModelCommand command, CancellationToken cancellationToken)
    {
        var input = command.Model;
        var organization = await db.LoadNamedOrganizationAsync(scope, input.OrganizationId!.Value, "emulation_model.organization_not_found", cancellationToken);
        var ownerIn = await db.OwnerInOrganizationAsync(organization, input.OwnerMemberId, input.Year!.Value, cancellationToken);
        var model = EmulationModel.Register(
            Ids.NewVersion7(time.GetUtcNow()), organization, input.Year!.Value, input.Kind!.Value, input.Title!, input.OwnerMemberId, ownerIn,
            input.Target!, input.Result, input.Recognition());
        db.EmulationModels.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(model, cancellationToken);
    }
}

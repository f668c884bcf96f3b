using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Reporters;

/// <summary>A province system registered to report.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="ClientId">The token's client id.</param>
/// <param name="Name">Display name, e.g. "Hệ thống thông tin thị trường lao động".</param>
/// <param name="OrgUnits">Units it reports for (with their subtrees).</param>
/// <param name="DataElements">Data elements it may write.</param>
/// <param name="IsActive">False when suspended.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record ReporterDto(Guid Id, string ClientId, string Name, IReadOnlyList<string> OrgUnits, IReadOnlyList<string> DataElements, bool IsActive, long Version) : IVersioned
{
    public static ReporterDto From(Reporter r) => new(r.Id, r.ClientId, r.Name, r.UnitCodes, r.DataElementCodes, r.IsActive, r.Version);
}

/// <summary>What a reporter may write.</summary>
/// <param name="Name">Display name.</param>
/// <param name="OrgUnits">Unit codes (each with its subtree).</param>
/// <param name="DataElements">Data element codes.</param>
/// <param name="IsActive">False to suspend it.</param>
public sealed record ReporterScope(
    [property: Required] string? Name,
    [property: Required] IReadOnlyList<string>? OrgUnits,
    [property: Required] IReadOnlyList<string>? DataElements,
    bool? IsActive);

/// <summary>Registers a province system as a reporter.</summary>
/// <param name="ClientId">The client id its tokens carry.</param>
/// <param name="Scope">What it may write.</param>
public sealed record CreateReporterCommand([property: Required] string? ClientId, [property: Required] ReporterScope? Scope) : ICommand<ReporterDto>;

/// <summary>Changes a reporter (If-Match).</summary>
/// <param name="Id">The reporter.</param>
/// <param name="ExpectedVersion">The If-Match version.</param>
/// <param name="Scope">What it may write.</param>
public sealed record UpdateReporterCommand(Guid Id, long ExpectedVersion, ReporterScope Scope) : ICommand<ReporterDto>;

/// <summary>The reporters.</summary>
public sealed record ListReportersQuery : IQuery<IReadOnlyList<ReporterDto>>;

/// <summary>One reporter.</summary>
/// <param name="Id">The reporter.</param>
public sealed record GetReporterQuery(Guid Id) : IQuery<ReporterDto>;

public sealed class GetReporterHandler(IAppDbContext db) : IQueryHandler<GetReporterQuery, ReporterDto>
{
    public async ValueTask<ReporterDto> Handle(GetReporterQuery query, CancellationToken cancellationToken) =>
        ReporterDto.From(await db.Reporters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("reporter.not_found", "Reporter", query.Id));
}

internal static class ReporterRules
{
    public static void AddScopeRules<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, ReporterScope?>> scope)
    {
        validator.RuleFor(scope).NotNull().ChildRules(s =>
        {
            s.RuleFor(x => x!.Name).NotEmpty().MaximumLength(128).IsName(NameKind.Label);
            s.RuleFor(x => x!.OrgUnits).NotEmpty().Must(u => u is null || u.Count <= 100);
            s.RuleForEach(x => x!.OrgUnits).NotEmpty().MaximumLength(16);
            s.RuleFor(x => x!.DataElements).NotEmpty().Must(e => e is null || e.Count <= 100);
            s.RuleForEach(x => x!.DataElements).Must(e => IndicatorCatalogue.Element(e) is not null)
                .WithErrorCode("data_value.element_unknown").WithMessage((_, e) => Messages.Format("data_value.element_unknown", e ?? string.Empty));
        });
    }

    public static async Task EnsureUnitsExistAsync(this IAppDbContext db, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var known = await db.ReportingUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => u.Code).Distinct().ToListAsync(cancellationToken);
        var missing = codes.FirstOrDefault(c => !known.Contains(c));
        if (missing is not null)
        {
            throw new DomainRuleException("data_value.unit_unknown", "The unit is not a known administrative unit.", RuleViolationKind.Unprocessable, missing);
        }
    }
}

public sealed class CreateReporterValidator : AbstractValidator<CreateReporterCommand>
{
    public CreateReporterValidator()
    {
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(128).Matches("^[A-Za-z0-9._:@-]+$");
        this.AddScopeRules(c => c.Scope);
    }
}

public sealed class UpdateReporterValidator : AbstractValidator<UpdateReporterCommand>
{
    public UpdateReporterValidator() => this.AddScopeRules(c => c.Scope);
}

public sealed class CreateReporterHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<CreateReporterCommand, ReporterDto>
{
    public async ValueTask<ReporterDto> Handle(CreateReporterCommand command, CancellationToken cancellationToken)
    {
        var scope = command.Scope!;
        if (await db.Reporters.AnyAsync(r => r.ClientId == command.ClientId, cancellationToken))
        {
            throw new ConflictException("reporter.exists", "A reporter with this client id exists.", command.ClientId!);
        }

        await db.EnsureUnitsExistAsync(scope.OrgUnits!, cancellationToken);
        var reporter = new Reporter(Ids.NewVersion7(time.GetUtcNow()), command.ClientId!, scope.Name!, scope.OrgUnits!, scope.DataElements!);
        if (scope.IsActive == false)
        {
            reporter.Change(scope.Name!, scope.OrgUnits!, scope.DataElements!, false);
        }

        db.Reporters.Add(reporter);
        await db.SaveChangesAsync(cancellationToken);
        return ReporterDto.From(reporter);
    }
}

public sealed class UpdateReporterHandler(IAppDbContext db) : ICommandHandler<UpdateReporterCommand, ReporterDto>
{
    public async ValueTask<ReporterDto> Handle(UpdateReporterCommand command, CancellationToken cancellationToken)
    {
        var reporter = await db.Reporters.FirstOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("reporter.not_found", "Reporter", command.Id);
        reporter.EnsureVersion(command.ExpectedVersion);
        await db.EnsureUnitsExistAsync(command.Scope.OrgUnits!, cancellationToken);
        reporter.Change(command.Scope.Name!, command.Scope.OrgUnits!, command.Scope.DataElements!, command.Scope.IsActive ?? true);
        await db.SaveChangesAsync(cancellationToken);
        return ReporterDto.From(reporter);
    }
}

public sealed class ListReportersHandler(IAppDbContext db) : IQueryHandler<ListReportersQuery, IReadOnlyList<ReporterDto>>
{
    public async ValueTask<IReadOnlyList<ReporterDto>> Handle(ListReportersQuery query, CancellationToken cancellationToken) =>
        (await db.Reporters.AsNoTracking().OrderBy(r => r.ClientId).ToListAsync(cancellationToken)).Select(ReporterDto.From).ToList();
}

using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>Stores a batch of values (JSON or CSV rows) with a strategy, as a dry run or for real, all or nothing or row by row.</summary>
/// <param name="Rows">The rows.</param>
/// <param name="Strategy">What each row does.</param>
/// <param name="DryRun">Check and count without writing.</param>
/// <param name="Atomic">All or nothing (default) or row by row.</param>
public sealed record ImportDataValuesCommand(IReadOnlyList<DataValueInput> Rows, ImportStrategy Strategy, bool DryRun, bool Atomic) : ICommand<DataValueImportSummary>;

public sealed class ImportDataValuesValidator : AbstractValidator<ImportDataValuesCommand>
{
    public ImportDataValuesValidator(IndicatorOptions options)
    {
        RuleFor(c => c.Strategy).IsInEnum();
        RuleFor(c => c.Rows).NotEmpty().WithErrorCode("data_value.batch_empty").WithMessage(Messages.Format("data_value.batch_empty"));
        RuleFor(c => c.Rows.Count).LessThanOrEqualTo(options.MaxRows).OverridePropertyName("dataValues")
            .WithErrorCode("data_value.batch_too_large").WithMessage(_ => Messages.Format("data_value.batch_too_large", options.MaxRows));
    }
}

public sealed class ImportDataValuesHandler(IAppDbContext db, ICurrentUser user, TimeProvider time)
    : ICommandHandler<ImportDataValuesCommand, DataValueImportSummary>
{
    /// <summary>One lock for every write of values: change numbers are taken in commit order, so the change feed never skips one.</summary>
    public const string WriteLock = "indicators:data-values";

    public async ValueTask<DataValueImportSummary> Handle(ImportDataValuesCommand command, CancellationToken cancellationToken)
    {
        var reporter = await ReporterOfCallerAsync(cancellationToken);
        if (command.DryRun)
        {
            return await RunAsync(command, reporter, cancellationToken);
        }

        return await db.ExclusiveAsync([WriteLock], ct => RunAsync(command, reporter, ct), cancellationToken);
    }

    /// <summary>A province system writes only as a registered, active reporter; administrators are not restricted.</summary>
    private async Task<Reporter?> ReporterOfCallerAsync(CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return null;
        }

        var clientId = user.ClientId ?? user.UserId;
        return await db.Reporters.AsNoTracking().FirstOrDefaultAsync(r => r.ClientId == clientId && r.IsActive, cancellationToken)
            ?? throw new ForbiddenException("reporter.not_registered", "The client is not registered as an active reporter.");
    }

    private async Task<DataValueImportSummary> RunAsync(ImportDataValuesCommand command, Reporter? reporter, CancellationToken cancellationToken)
    {
        var units = await UnitTree.LoadAsync(db, cancellationToken);
        var locks = await db.PeriodLocks.AsNoTracking().ToListAsync(cancellationToken);
        var conflicts = new List<DataValueConflict>();
        var accepted = new List<(DataValueInput Row, Key Key, decimal? Value, string? Comment)>();
        var seen = new HashSet<Key>();

        foreach (var row in command.Rows)
        {
            var (key, value, conflict) = Check(row, command.Strategy, reporter, units, locks);
            if (conflict is null && !seen.Add(key))
            {
                conflict = Conflict(row, DataValueCodes.DuplicateInBatch, null);
            }

            if (conflict is not null)
            {
                conflicts.Add(conflict);
            }
            else
            {
                accepted.Add((row, key, value, Clean(row.Comment)));
            }
        }

        var existing = await LoadExistingAsync(accepted.Select(a => a.Key).ToList(), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var storedBy = user.ClientId ?? user.UserId ?? "system";
        var next = (await db.DataValues.MaxAsync(v => (long?)v.ChangeNumber, cancellationToken) ?? 0) + 1;
        int imported = 0, updated = 0, ignored = 0, deleted = 0;
        var writes = new List<Action>();
        foreach (var (row, key, value, comment) in accepted)
        {
            existing.TryGetValue(key, out var stored);
            var live = stored is { IsDeleted: false };
            switch (command.Strategy)
            {
                case ImportStrategy.Delete:
                    if (!live)
                    {
                        ignored++;
                        continue;
                    }

                    deleted++;
                    writes.Add(() => stored!.Delete(storedBy, now, next++));
                    continue;
                case ImportStrategy.Create when live:
                    conflicts.Add(Conflict(row, DataValueCodes.AlreadyExists, null));
                    continue;
                case ImportStrategy.Update when !live:
                    conflicts.Add(Conflict(row, DataValueCodes.NotFound, null));
                    continue;
            }

            if (live && stored!.Holds(value!.Value, comment))
            {
                ignored++;
                continue;
            }

            if (stored is null)
            {
                imported++;
                writes.Add(() => db.DataValues.Add(new DataValue(Guid.CreateVersion7(), key.Element, key.Period, key.Unit, key.Disaggregation, value!.Value, comment, storedBy, now, next++)));
            }
            else
            {
                if (live)
                {
                    updated++;
                }
                else
                {
                    imported++;
                }

                writes.Add(() => stored.Store(value!.Value, comment, storedBy, now, next++));
            }
        }

        var status = conflicts.Count == 0 ? ImportOutcome.Success : command.Atomic ? ImportOutcome.Error : ImportOutcome.Warning;
        if (!command.DryRun && status != ImportOutcome.Error && writes.Count > 0)
        {
            foreach (var write in writes)
            {
                write();
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var counts = status == ImportOutcome.Error ? new ImportCounts(0, 0, 0, 0) : new ImportCounts(imported, updated, ignored, deleted);
        return new DataValueImportSummary(
            status,
            command.DryRun,
            command.Strategy,
            command.Atomic,
            command.Rows.Count,
            counts,
            [.. conflicts.OrderBy(c => c.Row).Take(DataValueImportSummary.MaxConflictsListed)],
            conflicts.Count);
    }

    private async Task<Dictionary<Key, DataValue>> LoadExistingAsync(IReadOnlyCollection<Key> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Key, DataValue>();
        // One query per (element, period): the values of a batch share few of both, and the unit list bounds each query.
        foreach (var group in keys.GroupBy(k => (k.Element, Period: k.Period.ToString())))
        {
            foreach (var chunk in group.Select(k => k.Unit).Distinct().Chunk(500))
            {
                var values = await db.DataValues
                    .Where(v => v.DataElement == group.Key.Element && v.Period == group.Key.Period && chunk.Contains(v.UnitCode))
                    .ToListAsync(cancellationToken);
                foreach (var value in values)
                {
                    found[new Key(value.DataElement, ReportingPeriod.Parse(value.Period), value.UnitCode, value.Disaggregation)] = value;
                }
            }
        }

        return found;
    }

    private static (Key Key, decimal? Value, DataValueConflict? Conflict) Check(
        DataValueInput row, ImportStrategy strategy, Reporter? reporter, UnitTree units, IReadOnlyList<PeriodLock> locks)
    {
        if (string.IsNullOrWhiteSpace(row.DataElement))
        {
            return (default, null, Conflict(row, DataValueCodes.FieldRequired, "dataElement"));
        }

        var element = IndicatorCatalogue.Element(row.DataElement.Trim());
        if (element is null)
        {
            return (default, null, Conflict(row, DataValueCodes.ElementUnknown, "dataElement", row.DataElement));
        }

        if (reporter is not null && !reporter.DataElementCodes.Contains(element.Code))
        {
            return (default, null, Conflict(row, DataValueCodes.ElementNotAssigned, "dataElement", element.Code));
        }

        if (!ReportingPeriod.TryParse(row.Period?.Trim(), out var period))
        {
            return (default, null, Conflict(row, "period.invalid", "period", row.Period ?? string.Empty));
        }

        var unitCode = row.OrgUnit?.Trim();
        if (string.IsNullOrEmpty(unitCode))
        {
            return (default, null, Conflict(row, DataValueCodes.FieldRequired, "orgUnit"));
        }

        if (!units.Exists(unitCode))
        {
            return (default, null, Conflict(row, DataValueCodes.UnitUnknown, "orgUnit", unitCode));
        }

        if (!units.IsValid(unitCode, period))
        {
            return (default, null, Conflict(row, DataValueCodes.UnitNotValid, "orgUnit", unitCode, period.ToString()));
        }

        if (reporter is not null && !reporter.UnitCodes.Any(root => units.IsWithin(unitCode, root, period)))
        {
            return (default, null, Conflict(row, DataValueCodes.UnitNotAssigned, "orgUnit", unitCode));
        }

        string disaggregation;
        try
        {
            disaggregation = Categories.Normalize(row.Disaggregation, element.Categories);
        }
        catch (DomainRuleException rule)
        {
            return (default, null, Conflict(row, rule.Code, "disaggregation", [.. rule.Arguments]));
        }

        decimal? value = null;
        if (strategy != ImportStrategy.Delete || !string.IsNullOrWhiteSpace(row.Value))
        {
            if (string.IsNullOrWhiteSpace(row.Value))
            {
                return (default, null, Conflict(row, DataValueCodes.ValueRequired, "value"));
            }

            if (!decimal.TryParse(row.Value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
                || parsed is > 1_000_000_000_000m or < -1_000_000_000_000m)
            {
                return (default, null, Conflict(row, DataValueCodes.ValueInvalid, "value", row.Value));
            }

            if (element.CheckValue(parsed) is { } problem)
            {
                return (default, null, Conflict(row, problem, "value", row.Value));
            }

            value = parsed;
        }

        if (row.Comment is { Length: > 500 })
        {
            return (default, null, Conflict(row, DataValueCodes.CommentTooLong, "comment"));
        }

        var periodText = period.ToString();
        if (locks.Any(l => l.Period == periodText && (l.UnitCode is null || units.IsWithin(unitCode, l.UnitCode, period))))
        {
            return (default, null, Conflict(row, DataValueCodes.PeriodLocked, "period", periodText));
        }

        return (new Key(element.Code, period, unitCode, disaggregation), value, null);
    }

    private static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

    private static DataValueConflict Conflict(DataValueInput row, string code, string? field, params object[] arguments) =>
        new(row.Number, code, Messages.Format(code, arguments), field);

    private readonly record struct Key(string Element, ReportingPeriod Period, string Unit, string Disaggregation);
}

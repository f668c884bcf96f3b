using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Application.RuleSets;

namespace PartyCommittee.Application;

public static class DependencyInjection
{
    /// <summary>Validators and application services. The mediator itself is generated and registered by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Validators are stateless; building their rules is costly, so they are built once (measured in bench/).
        ValidatorOptions.Global.MessageFormatterFactory = () => new Common.Localization.LocalizedFieldMessageFormatter();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<IOrganizationScope, OrganizationScope>();
        services.AddScoped<Common.Auditing.SensitiveReadAudit>();
        services.AddScoped<Membership.Admissions.AdmissionStepRunner>();
        // Extension points: every implementation in this assembly is registered (a module adds a class, nothing central).
        services.AddImplementations<IMemberTimelineSource>();
        services.AddImplementations<Common.Standing.IStandingBars>();
        services.AddImplementations<Common.Agenda.IDueItemSource>();
        services.AddImplementations<Indicators.Progress.IInternalIndicatorSource>();
        services.AddScoped<Indicators.Resolutions.ResolutionChanges>();
        services.AddScoped<Indicators.Progress.OrganizationPaths>();
        services.AddScoped<Inspection.Discipline.Records.IDisciplineRecords, Inspection.Discipline.Records.DisciplineRecords>();
        services.AddScoped<Evaluation.ICivilServantRatingLookup, Evaluation.CivilServants.CivilServantRatingLookup>();

        services.AddRuleBooks();
        services.AddScoped<Calendar.IWorkingDayCalendarSource, Calendar.WorkingDayCalendarSource>();
        services.AddScoped<Common.Events.IDomainEventDispatcher, Common.Events.DomainEventDispatcher>();
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var handler in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Common.Events.IDomainEventHandler<>)))
            {
                services.AddScoped(handler, type);
            }
        }

        return services;
    }

    /// <summary>Registers every concrete <typeparamref name="T"/> of this assembly, scoped.</summary>
    private static void AddImplementations<T>(this IServiceCollection services)
    {
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(T), type);
        }
    }
}

using System.Globalization;

namespace PartyCommittee.Application.Tests.Common;

/// <summary>Sets <see cref="CultureInfo.CurrentUICulture"/> for the duration of a test and restores it afterwards.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previous;

    public CultureScope(string name)
    {
        previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}

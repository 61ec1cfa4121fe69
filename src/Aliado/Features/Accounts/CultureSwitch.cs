using System.Globalization;

namespace Aliado.Features.Accounts;

/// <summary>Runs a block in another UI language (for texts written on behalf of the user), then restores.</summary>
public sealed class CultureSwitch : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureSwitch(string culture)
    {
        var info = CultureInfo.GetCultureInfo(Platform.Localization.Normalize(culture));
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}

using Aliado.Data;
using Aliado.Features.Accounts;
using Aliado.Features.Demo;
using Aliado.Features.Reminders;
using Aliado.Features.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Aliado.Platform;

/// <summary>What the web app and the command line share: storage, accounts, texts, the use cases.</summary>
public static class AliadoServices
{
    public static IdentityBuilder AddAliadoServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseSettings>().BindConfiguration(DatabaseSettings.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseSettings>, DatabaseSettingsValidation>();
        services.AddAliadoData(sp => AliadoSettings.Database(sp.GetRequiredService<IOptions<DatabaseSettings>>().Value, sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(TimeProvider.System);
        services.AddAliadoLocalization();
        services.AddScoped<CurrentWorkspace>();
        services.AddScoped<UserTime>();
        services.AddScoped<Features.Relationships.Said>();
        services.AddScoped<Problems>();
        services.AddScoped<AccountOpening>();
        services.AddScoped<Features.Imports.PeopleImport>();
        services.AddScoped<Features.Imports.WorkspaceImport>();
        services.AddScoped<PersonalTokens>();
        services.AddHttpContextAccessor();
        services.AddScoped<Features.Workspaces.SecurityLog>();
        services.AddSingleton<OperatorLog>();
        services.AddScoped<DemoWorkspace>();
        services.AddScoped<ScaleDemo>();

        // Keys live in the database, so several web nodes (and the command line) share sessions and links.
        var protection = services.AddDataProtection().SetApplicationName("Aliado").PersistKeysToDbContext<AliadoDbContext>();
        if (KeyRingCertificate.Load(configuration) is { } certificate)
        {
            // The keys that sign sessions and links are encrypted at rest: a copy of the database alone opens nothing.
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        services.AddOptions<EmailSettings>().BindConfiguration(EmailSettings.Section);
        services.AddSingleton<IValidateOptions<EmailSettings>, EmailSettingsValidation>();
        services.AddSingleton<Unsubscribe>();
        services.AddSingleton<AgendaMail>();
        services.AddSingleton<Mailer>();
        services.AddOptions<Features.Backups.BackupSettings>().BindConfiguration(Features.Backups.BackupSettings.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Features.Backups.BackupSettings>, Features.Backups.BackupSettingsValidation>();
        services.AddScoped<ReminderRun>();

        return services.AddIdentityCore<AliadoUser>(o =>
            {
                // Length, not composition: long passphrases beat short symbol soup.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.User.RequireUniqueEmail = true;
                // The user name is the e-mail, already checked; any character a real address may hold is fine.
                o.User.AllowedUserNameCharacters = string.Empty;
            })
            .AddEntityFrameworkStores<AliadoDbContext>()
            .AddPasswordValidator<CommonPasswords>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
    }
}

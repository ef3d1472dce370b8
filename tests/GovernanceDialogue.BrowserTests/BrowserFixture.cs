using System.Text.Json;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.TestSupport;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(GovernanceDialogue.BrowserTests.BrowserFixture))]

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// One app on Kestrel over a demo-city database and one headless Chromium (the system's, never a download) for the
/// whole browser test run. Each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim usersLock = new(1, 1);
    private IPlaywright? playwright;

    public TestDatabase Database { get; private set; } = default!;

    public GovernanceAppFactory App { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(demoCity: true);
        App = new GovernanceAppFactory(Database.ConnectionString, kestrel: true);
        App.StartServer();
        BaseAddress = App.ServerAddress;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (own cookies). CSP is bypassed only so axe can be injected; <see cref="NewStrictPageAsync"/> keeps it.</summary>
    public async Task<IPage> NewPageAsync(string locale = "sv-SE")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            BypassCSP = true,
            Locale = locale,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in through the real sign-in form as one of the demo users.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string locale = "sv-SE")
    {
        var page = await NewPageAsync(locale);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(Core.Demo.DemoUsersSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// A user besides the demo ones, with the demo password and one role, made once through the app's own commands. For
    /// pages whose state a journey changes: the demo city has one unit manager, and their dialogue gets submitted.
    /// </summary>
    public async Task<string> UserAsync(string email, string name, Role role, string unitShortCode)
    {
        await usersLock.WaitAsync();
        try
        {
            await using var scope = App.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.Users.AnyAsync(u => u.Email == email))
            {
                var unitId = await db.Units.Where(u => u.ShortCode == unitShortCode).Select(u => u.Id).SingleAsync();
                var sender = scope.ServiceProvider.GetRequiredService<ISender>();
                var user = await sender.Send(new CreateUser.Command(email, name, Core.Demo.DemoUsersSeeder.Password));
                await sender.Send(new AddRoleAssignment.Command(user.User.Id, role, unitId));
            }

            return email;
        }
        finally
        {
            usersLock.Release();
        }
    }

    /// <summary>A page that enforces the app's Content Security Policy, as a real visitor's browser does.</summary>
    public async Task<IPage> NewStrictPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Runs axe-core (from npm, see package.json) in the page and reports WCAG 2.1 A/AA violations.</summary>
public static class Axe
{
    private static readonly string ScriptPath = Path.Combine(ProjectRoot(), "node_modules", "axe-core", "axe.min.js");

    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new FileNotFoundException("axe-core is missing: run 'npm ci' in tests/GovernanceDialogue.BrowserTests (./test.sh does).", ScriptPath);
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })");
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): "
                + string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("target").ToString())))
            .ToList();
        Assert.True(serious.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", serious));
    }

    private static string ProjectRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "package.json")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("package.json of the browser tests not found.");
    }
}

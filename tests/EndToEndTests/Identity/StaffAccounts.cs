using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.EndToEndTests.Identity;

/// <summary>Staff accounts made the real way: by an admin, through the gateway.</summary>
internal static class StaffAccounts
{
    public const string Password = "correct horse battery staple";

    /// <summary>A new account with these roles and stores and <see cref="Password"/>; returns its user name.</summary>
    public static async Task<string> CreateAsync(StackFixture stack, string[] roles, string[] storeIds)
    {
        var userName = $"staff.{Guid.NewGuid():N}"[..20];
        using var admin = await stack.ClientAsync("admin");
        using var created = await admin.PostAsJsonAsync("/api/identity/staff", new
        {
            userName, displayName = "测试员工", password = Password, roles, storeIds,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return userName;
    }

    public static async Task DisableAsync(StackFixture stack, string userName)
    {
        using var admin = await stack.ClientAsync("admin");
        var id = (await admin.GetFromJsonAsync<JsonElement[]>("/api/identity/staff"))!
            .Single(s => s.GetProperty("userName").GetString() == userName).GetProperty("id").GetGuid();
        using var disabled = await admin.PostAsync($"/api/identity/staff/{id}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
    }
}

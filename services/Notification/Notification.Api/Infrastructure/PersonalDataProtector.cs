using Microsoft.AspNetCore.DataProtection;

namespace Loyalty.Notification.Api.Infrastructure;

/// <summary>
/// Encrypts personal data at rest (phone numbers, email addresses) with ASP.NET Core Data Protection; they are
/// decrypted only to hand a message to its provider and never logged.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Loyalty.Notification.PersonalData.v1");

    public string Protect(string value) => _protector.Protect(value);

    public string Unprotect(string protectedValue) => _protector.Unprotect(protectedValue);
}

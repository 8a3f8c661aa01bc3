using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Infrastructure.Providers;

/// <summary>
/// Email over SMTP (System.Net.Mail). The recipient is the address the request gave ("email" variable).
/// 4xx SMTP answers and connection failures are transient; 5xx answers (bad mailbox, rejected) are permanent.
/// </summary>
public sealed class SmtpProvider(IOptions<ProviderOptions> options) : INotificationProvider
{
    public const string ProviderName = "smtp";

    private readonly SmtpProviderOptions _options = options.Value.Smtp;

    public string Name => ProviderName;

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        MailAddress to;
        try
        {
            to = new MailAddress(message.Recipient);
        }
        catch (FormatException)
        {
            return DeliveryResult.Permanent("not a valid email address");
        }

        var messageId = $"<{message.RequestId:N}.{message.MessageId}@loyalty.local>";
        using var mail = new MailMessage(new MailAddress(_options.From), to)
        {
            Subject = message.Subject ?? message.TemplateCode,
            Body = message.Body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.Headers.Add("Message-ID", messageId);

        using var client = new SmtpClient(_options.Host, _options.Port)
        {
            EnableSsl = _options.EnableSsl,
            Timeout = (int)_options.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (_options.UserName is not null)
        {
            client.Credentials = new NetworkCredential(_options.UserName, _options.Password);
        }

        try
        {
            await client.SendMailAsync(mail, cancellationToken);
            return DeliveryResult.Accepted(messageId);
        }
        catch (SmtpFailedRecipientException ex)
        {
            return Classify(ex.StatusCode, "recipient refused");
        }
        catch (SmtpException ex)
        {
            return Classify(ex.StatusCode, "SMTP send failed");
        }
    }

    private static DeliveryResult Classify(SmtpStatusCode code, string what)
    {
        var error = $"{what}: {(int)code} {code}";
        // GeneralFailure (-1) is a connection problem; 4xx are "try again later".
        return (int)code is < 0 or (>= 400 and < 500) ? DeliveryResult.Transient(error) : DeliveryResult.Permanent(error);
    }
}

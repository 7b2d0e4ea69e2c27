using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prongsai.Thai;

namespace Prongsai.Shared;

/// <summary>
/// Binds every DateOnly a form posts through ThaiDates.Parse, so a date field takes "๓๑ มี.ค. ๒๕๖๖", "31/3/2566",
/// "31 Mar 2023" or ISO alike; what it cannot read stays in the field with an error naming the accepted forms.
/// </summary>
public sealed class ThaiDateBinder : IModelBinder
{
    /// <summary>Written "ไทย (English)" for Ui.Message; the page puts the field's own label before it.</summary>
    public const string Refusal =
        "ไม่ใช่วันที่ที่อ่านได้ กรอกเช่น ๓๑ มี.ค. ๒๕๖๖, ๓๑/๓/๒๕๖๖ หรือ 2023-03-31 (not a date: type it as 31 Mar 2023, 31/3/2566 or 2023-03-31)";

    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (context.ModelMetadata.IsReferenceOrNullableType)
            {
                context.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (ThaiDates.Parse(text) is { } date)
        {
            context.Result = ModelBindingResult.Success(date);
        }
        else
        {
            context.ModelState.TryAddModelError(context.ModelName, Refusal);
        }

        return Task.CompletedTask;
    }
}

public sealed class ThaiDateBinderProvider : IModelBinderProvider
{
    static readonly ThaiDateBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? Binder : null;
}

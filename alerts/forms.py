"""The subscribe form: an address and the subject it follows (alerts.subjects)."""

from django import forms

from alerts.subjects import SUBJECTS


class SubscribeForm(forms.Form):
    email = forms.EmailField(label="邮箱", max_length=254,
                             error_messages={"invalid": "请填写有效的邮箱地址，如 name@example.com",
                                             "required": "请填写邮箱地址"})
    kind = forms.ChoiceField(choices=[(key, subject.noun) for key, subject in SUBJECTS.items()],
                             widget=forms.HiddenInput)
    target = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if "kind" in data:
            try:
                data["target"] = SUBJECTS[data["kind"]].clean(data.get("target", ""))
            except forms.ValidationError as error:
                self.add_error(None, error)
        return data


class AddressForm(forms.Form):
    """Ask for a new link to see one's subscriptions (after an expired or lost one)."""

    email = SubscribeForm.base_fields["email"]

package dev.kaohe.notify.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kaohe.notify.ChannelForm;
import dev.kaohe.notify.ChannelKind;
import dev.kaohe.notify.ChannelView;
import dev.kaohe.notify.Channels;
import dev.kaohe.notify.DeliveryLog;
import dev.kaohe.notify.NotifySettings;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Admins configure the robot channels and the e-mail switch; HR and admins read the delivery log. */
@Controller
class NotifyAdminPages {

    private final Channels channels;
    private final DeliveryLog log;
    private final Messages messages;
    private final NotifySettings settings;
    private final int pageSize;

    NotifyAdminPages(Channels channels, DeliveryLog log, Messages messages, NotifySettings settings,
                     @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.channels = channels;
        this.log = log;
        this.messages = messages;
        this.settings = settings;
        this.pageSize = pageSize;
    }

    @GetMapping("/admin/notify")
    String list(Model model) {
        model.addAttribute("channels", channels.list());
        model.addAttribute("switches", channels.switches());
        return "notify/channels";
    }

    @PostMapping("/admin/notify/email")
    String email(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        channels.setEmail(enabled, version);
        redirect.addFlashAttribute("flash", messages.get(enabled ? "notify.email.switchedOn" : "notify.email.switchedOff"));
        return "redirect:/admin/notify";
    }

    @GetMapping("/admin/notify/channels/new")
    String newChannel(Model model) {
        channels.list();
        return form(ChannelForm.blank(settings.defaultLanguage()), null, model);
    }

    @PostMapping("/admin/notify/channels")
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ChannelForm form = form(params);
        try {
            ChannelView created = channels.create(form);
            redirect.addFlashAttribute("flash", messages.get("notify.channel.saved", created.name()));
            return "redirect:/admin/notify";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return form(form, null, model);
        }
    }

    @GetMapping("/admin/notify/channels/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ChannelView channel = channels.get(id);
        return form(ChannelForm.of(channel), channel, model);
    }

    @PostMapping("/admin/notify/channels/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ChannelForm form = form(params);
        try {
            ChannelView updated = channels.update(id, form);
            redirect.addFlashAttribute("flash", messages.get("notify.channel.saved", updated.name()));
            return "redirect:/admin/notify";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return form(form, channels.get(id), model);
        }
    }

    @PostMapping("/admin/notify/channels/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        ChannelView deleted = channels.delete(id, version);
        redirect.addFlashAttribute("flash", messages.get("notify.channel.deleted", deleted.name()));
        return "redirect:/admin/notify";
    }

    @PostMapping("/admin/notify/channels/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        String error = channels.testSend(id);
        redirect.addFlashAttribute(error == null ? "flash" : "testError",
                error == null ? messages.get("notify.test.ok") : messages.get("notify.test.failed", error));
        return "redirect:/admin/notify";
    }

    @GetMapping("/admin/notify/deliveries")
    String deliveries(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
                      @RequestParam(required = false) Long notice, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", log.search(status, channel, notice, PageRequest.of(Math.max(0, page), pageSize)));
        model.addAttribute("status", status);
        model.addAttribute("channel", channel);
        model.addAttribute("statuses", DeliveryLog.STATUSES);
        model.addAttribute("channelKinds", DeliveryLog.CHANNELS);
        model.addAttribute("zone", settings.zone());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/admin/notify/deliveries")
                .queryParamIfPresent("status", java.util.Optional.ofNullable(blank(status)))
                .queryParamIfPresent("channel", java.util.Optional.ofNullable(blank(channel)))
                .queryParamIfPresent("notice", java.util.Optional.ofNullable(notice))
                .build().encode().toUriString());
        return "notify/deliveries";
    }

    private String form(ChannelForm form, ChannelView channel, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("channel", channel);
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("languages", Channels.LANGUAGES);
        return "notify/channel-form";
    }

    private static ChannelForm form(Map<String, String> p) {
        Long version = null;
        try {
            version = p.get("version") == null || p.get("version").isBlank() ? null : Long.valueOf(p.get("version").strip());
        } catch (NumberFormatException ignored) {
            // a version that is not a number is treated as missing and refused as such
        }
        return new ChannelForm(p.get("name"), p.get("kind"), p.get("webhookUrl"), p.get("secret"),
                "true".equals(p.get("clearSecret")), p.get("noticeKinds"), p.get("language"), "true".equals(p.get("enabled")), version);
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : e.problems()) {
            errors.putIfAbsent(problem.field(), problem.message());
        }
        return errors;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

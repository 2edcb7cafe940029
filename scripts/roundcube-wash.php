<?php
/**
 * Washes an HTML message body the way Roundcube's webmail does when it shows a message
 * (`php scripts/roundcube-wash.php < issue.html`), with Roundcube's own classes.
 *
 * The steps are Roundcube's: `rcmail_action_mail_show::message_body()` builds the display
 * options of the message's first part (which this reproduces line for line, below), then
 * `rcmail_action_mail_index::print_body()` runs `wash_html()`, that is `rcube_washtml` with
 * the `<style>` callback (`rcube_utils::mod_css_styles`: selectors scoped under the part's
 * container, ids and classes prefixed), the `<body>` callback (a `div.rcmBody`) and the link
 * callback, and remote images replaced by `program/resources/blocked.gif`.
 *
 * No web server, database or session: Roundcube's application object is created without its
 * startup (which opens the database and the session), and with stock settings only
 * (`defaults.inc.php`, no site `config.inc.php`). The one stand-in is the output object:
 * the HTML output's `asset_url()` returns the path unchanged when no `assets_path` is set
 * (the default); the command-line output class lacks that method, so it is added here.
 *
 * Prints JSON: { version, html (the part's container as the message view holds it),
 * remoteObjectsBlocked (Roundcube then shows its "remote resources blocked" notice) }.
 *
 * Needs Debian's packages: `apt-get install -y --no-install-recommends roundcube-core roundcube-sqlite3 php-cli`.
 * ROUNDCUBE_PATH overrides the install folder (default /usr/share/roundcube/).
 */

$install = rtrim(getenv('ROUNDCUBE_PATH') ?: '/usr/share/roundcube', '/') . '/';
if (!is_readable($install . 'program/include/iniset.php')) {
    fwrite(STDERR, "Roundcube is not installed in {$install} (program/include/iniset.php not found)\n");
    exit(2);
}

// Stock settings: a folder holding only Roundcube's defaults.
$defaults = null;
foreach ([$install . 'config/defaults.inc.php', '/etc/roundcube/defaults.inc.php'] as $candidate) {
    if (is_readable($candidate)) {
        $defaults = $candidate;
        break;
    }
}
if ($defaults === null) {
    fwrite(STDERR, "Roundcube's defaults.inc.php was not found\n");
    exit(2);
}
$configDir = sys_get_temp_dir() . '/roundcube-wash-' . getmypid();
@mkdir($configDir);
copy($defaults, $configDir . '/defaults.inc.php');
register_shutdown_function(static function () use ($configDir) {
    @unlink($configDir . '/defaults.inc.php');
    @rmdir($configDir);
});

define('INSTALL_PATH', $install);
define('RCMAIL_CONFIG_DIR', $configDir);
require_once INSTALL_PATH . 'program/include/iniset.php';

final class rcmail_wash_output extends rcmail_output_cli
{
    /** As rcmail_output_html::asset_url() without an assets_path. */
    public function asset_url($path, $abs_url = false)
    {
        return $path;
    }
}

final class rcmail_wash extends rcmail
{
    public static function boot(): rcmail
    {
        // rcmail::get_instance() returns this instance from now on, so Roundcube's actions use it.
        self::$instance = new self();
        self::$instance->init(0);
        self::$instance->output = new rcmail_wash_output();
        return self::$instance;
    }
}

final class rcmail_wash_show extends rcmail_action_mail_show
{
    public static function remote_objects(): bool
    {
        return (bool) self::$REMOTE_OBJECTS;
    }
}

$rcmail = rcmail_wash::boot();

$body = stream_get_contents(STDIN);
if ($body === false || trim($body) === '') {
    fwrite(STDERR, "no HTML on standard input\n");
    exit(2);
}

$part = new rcube_message_part();
$part->mime_id = '1';
$part->ctype_primary = 'text';
$part->ctype_secondary = 'html';
$part->mimetype = 'text/html';
$part->size = strlen($body);

// From rcmail_action_mail_show::message_body() for the first part of a message whose remote
// content has not been allowed (show_images = 0, the default).
$safe_mode = false;
$part_no = 0;
$container_class = $part->ctype_secondary == 'html' ? 'message-htmlpart' : 'message-part';
$container_id = $container_class . (++$part_no);
$container_attrib = ['class' => $container_class, 'id' => $container_id];
$body_args = [
    'safe' => $safe_mode,
    'plain' => !$rcmail->config->get('prefer_html'),
    'css_prefix' => 'v' . $part_no,
    'body_class' => 'rcmBody',
    'container_id' => $container_id,
    'container_attrib' => $container_attrib,
];
$washed = rcmail_wash_show::print_body($body, $part, $body_args);
$html = html::div($body_args['container_attrib'], $washed);

echo json_encode([
    'version' => RCMAIL_VERSION,
    'html' => $html,
    'remoteObjectsBlocked' => rcmail_wash_show::remote_objects() && !$safe_mode,
], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR), "\n";

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkOperationDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulkoperationdialog.cpp" line="20"/>
        <source>%1: %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="21"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="65"/>
        <source>Soft delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="67"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="69"/>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="71"/>
        <source>Mark as error</source>
        <translation>Als Fehler markieren</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="73"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="75"/>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="77"/>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="95"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="115"/>
        <source>Nothing was changed: the store could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="116"/>
        <source>%1 of %2 succeeded, %3 conflicted, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkoperationdialog.cpp" line="122"/>
        <source>Cancelled: %n not attempted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="125"/>
        <source>changed by someone else (revision %1 is stored); left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="126"/>
        <source>deleted by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="127"/>
        <source>Conflict: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkoperationdialog.cpp" line="130"/>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/clicommon.cpp" line="59"/>
        <source>Filter in the text language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommon.cpp" line="60"/>
        <source>Filter as a JSON array of statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommon.cpp" line="65"/>
        <source>Store address (sqlite:PATH, a .sqlite file, postgres://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommon.cpp" line="79"/>
        <source>missing --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommon.cpp" line="88"/>
        <source>give --filter or --filter-json, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommon.cpp" line="96"/>
        <location filename="../app/clicommon.cpp" line="100"/>
        <location filename="../app/clicommon.cpp" line="106"/>
        <source>invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>List entities of one type (and one organization, or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41"/>
        <source>Entity type, e.g. Function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42"/>
        <source>Organization; without it the list is global.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <location filename="../app/exportcommand.cpp" line="52"/>
        <source>Sort by FIELD[:desc], tag:KEY or extra:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="44"/>
        <source>At most N entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="45"/>
        <source>table, csv, jsonl or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <location filename="../app/exportcommand.cpp" line="84"/>
        <source>cannot sort by &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>--limit takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="65"/>
        <source>unknown format &apos;%1&apos; (table, csv, jsonl, keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="76"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="76"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="76"/>
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="76"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="77"/>
        <source>MODIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="107"/>
        <source>Print one entity as Dispatch&apos;s JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="109"/>
        <location filename="../app/editcommands.cpp" line="26"/>
        <location filename="../app/editcommands.cpp" line="197"/>
        <source>Entity type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="110"/>
        <location filename="../app/editcommands.cpp" line="27"/>
        <source>Organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="111"/>
        <location filename="../app/editcommands.cpp" line="28"/>
        <source>Entity name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>Load entities from Dispatch&apos;s table as CSV (COPY … CSV HEADER) or from JSON Lines, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="137"/>
        <source>When a key exists: skip, overwrite or abort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="139"/>
        <source>The file to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="144"/>
        <source>import takes exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="152"/>
        <source>--on-existing takes skip, overwrite or abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="165"/>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="166"/>
        <source>%1 rows read, %2 written, %3 skipped as existing, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="204"/>
        <source>&apos;%1&apos; is not implemented yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="19"/>
        <source>Open the store read-only: every write is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="29"/>
        <source>The revision the change is based on; a newer stored revision is a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="50"/>
        <source>conflict: %1 was changed by someone else; it is at revision %2, not %3 (read it again with &apos;get&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="61"/>
        <source>conflict: %1 was deleted by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="86"/>
        <source>--revision takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="114"/>
        <source>%1: revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="135"/>
        <source>Change one entity&apos;s status, tags, spec or reasons (Dispatch&apos;s update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="137"/>
        <source>New status, e.g. READY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="138"/>
        <source>Set tag KEY to VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="139"/>
        <source>Remove tag KEY (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="140"/>
        <source>Set spec KEY to VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="141"/>
        <source>The reasons, replacing the stored list (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="152"/>
        <source>--%1 takes KEY=VALUE with a non-empty key, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="159"/>
        <source>nothing to change: give --status, --tag, --untag, --spec or --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="162"/>
        <source>unknown status &apos;%1&apos;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="196"/>
        <source>Add one entity, given as Dispatch&apos;s JSON in FILE or on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="198"/>
        <source>The JSON file; standard input without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="203"/>
        <source>add takes at most one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="215"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="215"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="219"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="221"/>
        <source>the entity must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="233"/>
        <source>%1 already exists; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="244"/>
        <source>Mark one entity deleted (Dispatch&apos;s soft delete: delete = true, status DELETING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="261"/>
        <source>Delete one entity permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="271"/>
        <source>%1: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="279"/>
        <source>Mark one entity as failed with a reason (Dispatch&apos;s update with error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="281"/>
        <source>Why the entity failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editcommands.cpp" line="286"/>
        <source>mark-error needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="47"/>
        <source>Write a list of entities to CSV or JSON Lines. Without --columns every column of Dispatch&apos;s table is written in its order (the shape of Dispatch&apos;s COPY … CSV HEADER), which `entitydesk import` reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="50"/>
        <source>Entity type; without it every type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="51"/>
        <source>Organization; without it every organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="54"/>
        <source>Comma-separated columns: the table&apos;s (key, id, name, …, value), extra, tag:KEY, spec:KEY, extra:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="56"/>
        <source>csv or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="57"/>
        <source>CSV separator: one character, tab, comma, semicolon or pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="59"/>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="60"/>
        <source>No header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="61"/>
        <source>Quote every CSV value, not only those that need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="62"/>
        <source>End CSV lines with LF instead of CRLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="63"/>
        <source>Times as stored, utc (ISO 8601) or local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="65"/>
        <source>One tag:KEY column per tag key instead of the tags JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="66"/>
        <source>One spec:KEY column per spec key instead of the spec JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="67"/>
        <source>One extra:KEY column per extra field instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="69"/>
        <source>Prefix values starting with = + - @ so a spreadsheet shows them as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="70"/>
        <source>The file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="76"/>
        <source>export takes no file argument; use --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="89"/>
        <source>unknown column &apos;%1&apos; (the table&apos;s columns, extra, tag:KEY, spec:KEY, extra:KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="97"/>
        <source>unknown format &apos;%1&apos; (csv, jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="99"/>
        <source>--separator takes one character (not a quote or line break), tab, comma, semicolon or pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="113"/>
        <source>--times takes stored, utc or local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="124"/>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="128"/>
        <source>%1 of %2 rows, %3 rows/s, %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="138"/>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="150"/>
        <source>cannot write %1: %2 (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="152"/>
        <source>cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="155"/>
        <source>export failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="158"/>
        <source>%1 rows written to %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="20"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="29"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="35"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="35"/>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="35"/>
        <source>Theirs (stored now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="35"/>
        <location filename="../ui/conflictdialog.cpp" line="132"/>
        <location filename="../ui/conflictdialog.cpp" line="138"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="35"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="46"/>
        <source>Reload (drop my changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="47"/>
        <source>Apply mine on top of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="48"/>
        <source>Re-create it with my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="49"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="74"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="76"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="78"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="80"/>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="82"/>
        <source>Spec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="84"/>
        <source>Field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="86"/>
        <source>Tags (null or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="87"/>
        <source>Spec (null or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="94"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was deleted by someone else while you edited it. Your changes are kept: re-create it with your version, or keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="102"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by someone else: you opened revision %2, revision %3 is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="107"/>
        <source>%n field(s) were changed on both sides: pick which version to keep.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="118"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="131"/>
        <source>Pick one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="133"/>
        <location filename="../ui/conflictdialog.cpp" line="138"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="168"/>
        <source>Both you and the other writer changed %1: pick which version to keep in the Keep column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="16"/>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="18"/>
        <source>Open a Dispatch entity store in a PostgreSQL database. The password is used for this connection only and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="25"/>
        <source>host name, address, or socket directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="30"/>
        <source>e.g. dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="38"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="39"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="40"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="41"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="42"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="43"/>
        <source>&amp;Read-only: browse and export, never write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="48"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="71"/>
        <location filename="../ui/detailspane.cpp" line="299"/>
        <source>Select an entity to see its fields, tags, spec, reason and extra fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="134"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="134"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="135"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="135"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="148"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="150"/>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="151"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="153"/>
        <source>No spec</source>
        <translation>Keine Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="154"/>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="163"/>
        <source>No reason recorded</source>
        <translation>Kein Grund vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="167"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="171"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="171"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="177"/>
        <source>Extra fields (JSON)</source>
        <translation>Zusatzfelder (JSON)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="290"/>
        <source>%n entities selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="306"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="307"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="308"/>
        <source> · soft-deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="311"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="313"/>
        <source>⚠ This row could not be read cleanly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="321"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="322"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="323"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="324"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="325"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="326"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="327"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="328"/>
        <source>Modified (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="329"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="330"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="331"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="331"/>
        <source>yes (soft-deleted)</source>
        <translation>ja (weich gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="331"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../ui/editactions.cpp" line="19"/>
        <location filename="../ui/editactions.cpp" line="65"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="21"/>
        <location filename="../ui/editactions.cpp" line="66"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="24"/>
        <source>&amp;New Entity…</source>
        <translation>&amp;Neue Entität…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="26"/>
        <source>&amp;Edit Entity…</source>
        <translation>Entität &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="28"/>
        <source>&amp;Soft Delete</source>
        <translation>&amp;Weich löschen</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="34"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="35"/>
        <source>Delete &amp;Permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="37"/>
        <source>Mark as &amp;Error…</source>
        <translation>Als &amp;Fehler markieren…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="38"/>
        <source>Set Stat&amp;us…</source>
        <translation>Stat&amp;us setzen…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="39"/>
        <source>&amp;Add Tag…</source>
        <translation>Tag &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="40"/>
        <source>Re&amp;move Tag…</source>
        <translation>Tag &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="65"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="66"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="79"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="95"/>
        <source>Cannot edit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="102"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="118"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editactions.cpp" line="119"/>
        <source>%1 (%n entities)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="134"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="134"/>
        <source>Status after restoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="150"/>
        <source>Delete %1 permanently? This cannot be undone by Dispatch; EntityDesk&apos;s Undo can put it back while this window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editactions.cpp" line="153"/>
        <source>Delete these %n entities permanently?
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="155"/>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="167"/>
        <source>Mark as error</source>
        <translation>Als Fehler markieren</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="167"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="171"/>
        <source>Marking as error needs a reason; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="183"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="183"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="195"/>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="195"/>
        <source>Tag as key=value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="200"/>
        <source>A tag is written key=value, with a key before the &apos;=&apos;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="218"/>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="218"/>
        <source>Tag key:</source>
        <translation>Tag-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="233"/>
        <source>Undo refused: %1. Nothing was changed; their change stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editactions.cpp" line="243"/>
        <source>Redo refused: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityEditorDialog</name>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="61"/>
        <source>One reason per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="71"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="72"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="75"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="76"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="77"/>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="80"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="81"/>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="82"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="83"/>
        <source>Type&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="108"/>
        <source>New entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="129"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="138"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="176"/>
        <source>A name is required: letters A–Z and a–z, digits 0–9, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="178"/>
        <source>&quot;%1&quot; is not allowed: a name may only contain letters A–Z and a–z, digits 0–9, &apos;_&apos; and &apos;-&apos; (no spaces or other characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="199"/>
        <source>Give the entity a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="203"/>
        <source>Give the entity an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="207"/>
        <source>Fix the name first: only letters, digits, &apos;_&apos; and &apos;-&apos; are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="215"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="219"/>
        <source>Spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="263"/>
        <source>%1 already exists in %2 (type %3): choose another name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="268"/>
        <source>The entity was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="287"/>
        <location filename="../ui/entityeditordialog.cpp" line="337"/>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="311"/>
        <source>Reloaded revision %1; your changes were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="329"/>
        <source>The entity was deleted by someone else; your changes are still here. Save to re-create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entityeditordialog.cpp" line="330"/>
        <source>Your changes are still here; saving again shows what changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="656"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="658"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="660"/>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="662"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="664"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="704"/>
        <source>This row could not be read cleanly:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="707"/>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="716"/>
        <source>No time recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="717"/>
        <source>%1 local time
%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="769"/>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="802"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="803"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="804"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="805"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="806"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="807"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="808"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="809"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="810"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="814"/>
        <source>Extra field &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="59"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="62"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="64"/>
        <source>The current &amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="65"/>
        <source>The &amp;selected rows (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="69"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="70"/>
        <source>Visible columns, in their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="72"/>
        <source>&amp;All columns (Dispatch&apos;s table, importable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="83"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="85"/>
        <location filename="../ui/exportdialog.cpp" line="90"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="86"/>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="87"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="93"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="94"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="95"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="96"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="104"/>
        <source>Se&amp;parator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="105"/>
        <source>&amp;Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="108"/>
        <source>Only where needed (RFC 4180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="109"/>
        <source>Every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="110"/>
        <source>&amp;Quoting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="112"/>
        <source>CRLF (Windows, RFC 4180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="113"/>
        <source>LF (Unix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="114"/>
        <source>&amp;Line ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="115"/>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="118"/>
        <source>As stored (UTC, importable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="119"/>
        <source>UTC, ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="120"/>
        <source>Local time, ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="121"/>
        <source>&amp;Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="122"/>
        <source>Tags as one column per key (tag:Application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="123"/>
        <source>Spec as one column per key (spec:runtime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="124"/>
        <source>Extra fields as one column per key (extra:image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="125"/>
        <source>Safe for spreadsheets (values starting with = + - @ shown as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="135"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="137"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="148"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="251"/>
        <source>Type the separator character (a double quote cannot be one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="252"/>
        <source>Type the separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="260"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="261"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="261"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="323"/>
        <source>Starting the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="323"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="324"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="333"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="347"/>
        <source>%1 of %2 rows
%3 rows/s, %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="371"/>
        <source>The export was cancelled. Nothing was written; a file already at %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="376"/>
        <source>Could not write %1: %2
Nothing was written; a file already there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="379"/>
        <source>These options cannot be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="382"/>
        <source>Could not read the entities: %1
Nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="388"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraFieldsEditor</name>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="55"/>
        <source>The type&apos;s own fields as one JSON object, e.g. {&quot;image&quot;: &quot;python3&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="100"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="111"/>
        <source>JSON array, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="112"/>
        <source>JSON object, e.g. {&quot;k&quot;: &quot;v&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="113"/>
        <source>any JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="125"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="127"/>
        <source>RFC 3339 time, e.g. 2026-12-03T15:57:53Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="184"/>
        <source>The extra fields are not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="189"/>
        <source>The extra fields must be one JSON object: {&quot;key&quot;: value, …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="220"/>
        <source>%1 must be an RFC 3339 time such as 2026-12-03T15:57:53Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="230"/>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="240"/>
        <source>%1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="246"/>
        <source>%1 must be a JSON object {…}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extrafieldseditor.cpp" line="247"/>
        <source>%1 must be a JSON array […].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBuilderPanel</name>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="51"/>
        <location filename="../ui/filterbuilderpanel.cpp" line="74"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="51"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="64"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="68"/>
        <source>Show or hide the conditions (the text form stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="78"/>
        <source>+ Add condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="79"/>
        <source>Add a condition; all conditions must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="92"/>
        <source>Filter as text, e.g. status in (READY, ERROR) and tag:Application = shop; Enter applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="93"/>
        <source>The same filter as the rows above, as text. Enter applies it; Escape restores the rows&apos; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="94"/>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="201"/>
        <source>the end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="202"/>
        <source>Column %1: expected %2, found %3. The conditions above are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="216"/>
        <source>1 condition could not be applied; see the marked row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="217"/>
        <source>%1 conditions could not be applied; see the marked rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="240"/>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="240"/>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="308"/>
        <source>no conditions: everything is shown</source>
        <translation>keine Bedingungen: alles wird gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="310"/>
        <source>1 condition</source>
        <translation>1 Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="310"/>
        <source>%1 conditions</source>
        <translation>%1 Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="312"/>
        <source>%1 of %2 conditions applied</source>
        <translation>%1 von %2 Bedingungen angewandt</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="315"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="315"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="354"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="361"/>
        <location filename="../ui/filterbuilderpanel.cpp" line="376"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="361"/>
        <source>No conditions</source>
        <translation>Keine Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="362"/>
        <source>Exists (not deleted)</source>
        <translation>Vorhanden (nicht gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="362"/>
        <source>delete = false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="363"/>
        <source>By application…</source>
        <translation>Nach Anwendung…</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="365"/>
        <source>Faulty</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="365"/>
        <source>status in (ERROR, MISSING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="366"/>
        <source>Stuck</source>
        <translation>Hängend</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="366"/>
        <source>DELETING or UPDATING, last modified more than an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="368"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="371"/>
        <source>No saved filters yet</source>
        <translation>Noch keine gespeicherten Filter</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="381"/>
        <source>Save current filter…</source>
        <translation>Aktuellen Filter speichern…</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="383"/>
        <source>Delete saved filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="396"/>
        <location filename="../ui/filterbuilderpanel.cpp" line="403"/>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="397"/>
        <source>Name for this filter:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="397"/>
        <source>(everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="403"/>
        <source>Replace the saved filter “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="413"/>
        <source>Filter by application</source>
        <translation>Nach Anwendung filtern</translation>
    </message>
    <message>
        <location filename="../ui/filterbuilderpanel.cpp" line="413"/>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
</context>
<context>
    <name>FilterChipListEditor</name>
    <message>
        <location filename="../ui/filterchiplisteditor.cpp" line="22"/>
        <source>add a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterchiplisteditor.cpp" line="82"/>
        <location filename="../ui/filterchiplisteditor.cpp" line="83"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterRowWidget</name>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="53"/>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="53"/>
        <source>Negate: keep the entities this condition does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="55"/>
        <location filename="../ui/filterrowwidget.cpp" line="357"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="55"/>
        <source>Apply this condition (off keeps it without applying it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="67"/>
        <source>What the condition looks at: a field of the entity, a tag, or an extra field of its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="68"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="77"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="78"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="80"/>
        <source>Verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="83"/>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="84"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="87"/>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="88"/>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="147"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="148"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="149"/>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="158"/>
        <source>=</source>
        <comment>filter verb equal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="159"/>
        <source>in</source>
        <comment>filter verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="160"/>
        <source>before</source>
        <comment>filter verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="161"/>
        <source>after</source>
        <comment>filter verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="287"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="357"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="376"/>
        <source>Off: kept, not applied. Switch it on to edit or apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="415"/>
        <source>Choose what to filter on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="417"/>
        <source>Enter a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="419"/>
        <source>Add at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="421"/>
        <source>“%1” takes one value; use “in” for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="423"/>
        <source>Not a time; write it like 2026-12-03T15:57:53Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="425"/>
        <source>“%1” compares times; %2 holds no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="428"/>
        <source>No field named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="430"/>
        <source>%1 holds JSON; filter on its keys with Tag or Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="432"/>
        <source>%1 has no field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterrowwidget.cpp" line="433"/>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterStatusChecklist</name>
    <message>
        <location filename="../ui/filterstatuschecklist.cpp" line="29"/>
        <source>No status chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterstatuschecklist.cpp" line="79"/>
        <source>choose statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterstatuschecklist.cpp" line="100"/>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterStatusEditor</name>
    <message>
        <location filename="../ui/filterstatuseditor.cpp" line="20"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterSuggestions</name>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="42"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="43"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="45"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="46"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="47"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="48"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="49"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="50"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="52"/>
        <source>Soft-deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="87"/>
        <source>Tag key present in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="95"/>
        <source>Dispatch field; JSON key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtersuggestions.cpp" line="103"/>
        <source>JSON key present in this type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterTextValueEditor</name>
    <message>
        <location filename="../ui/filtertextvalueeditor.cpp" line="16"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterTimeEditor</name>
    <message>
        <location filename="../ui/filtertimeeditor.cpp" line="27"/>
        <source>Times are in UTC, as the store keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtertimeeditor.cpp" line="30"/>
        <source>Quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtertimeeditor.cpp" line="31"/>
        <source>Quick ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtertimeeditor.cpp" line="36"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtertimeeditor.cpp" line="37"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtertimeeditor.cpp" line="38"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filtertimeeditor.cpp" line="39"/>
        <source>Before today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../app/guimain.cpp" line="44"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="66"/>
        <source>Cannot open the default store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="70"/>
        <source>The default store is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="91"/>
        <source>Browse and administer Dispatch entity stores. Subcommands (list, get, import, export, …) run without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="96"/>
        <source>Render the main window after loading to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="99"/>
        <source>Open the store read-only: every editing action is off and the store refuses writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="101"/>
        <source>Store to open: a SQLite file or a postgres:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="34"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="41"/>
        <source>A CSV of Dispatch&apos;s table or a JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="42"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="43"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Abort: import nothing if a key exists or a row is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="63"/>
        <source>Skip rows whose key exists (and bad rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="64"/>
        <source>Overwrite existing keys (and skip bad rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>&amp;Existing keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="71"/>
        <source>The report of the import appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="75"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="112"/>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="113"/>
        <source>CSV or JSON Lines (*.csv *.jsonl *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="129"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="135"/>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="140"/>
        <source>Detected: JSON Lines (one entity per line, the table&apos;s columns as keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="142"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="143"/>
        <source>Detected: CSV of Dispatch&apos;s table, separator %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="144"/>
        <source>, with a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="163"/>
        <source>The first %n rows are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>%n of them would be rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="180"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="180"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="209"/>
        <source>%1 rows read: %2 written, %3 skipped as existing, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="215"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="217"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="220"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <location filename="../ui/keyvalueeditor.cpp" line="15"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/keyvalueeditor.cpp" line="15"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/keyvalueeditor.cpp" line="19"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyvalueeditor.cpp" line="21"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyvalueeditor.cpp" line="89"/>
        <source>Row %1 has a value but no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyvalueeditor.cpp" line="91"/>
        <source>The key &quot;%1&quot; is given twice; keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Could not read the entities: %1</source>
        <translation>Die Entitäten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Set status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Open SQLite File…</source>
        <translation>SQLite-Datei &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit PostgreSQL &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Recent &amp;Stores</source>
        <translation>&amp;Zuletzt geöffnete Speicher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Copy Keys</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>Read the store again (F5); the selection and scroll position stay</source>
        <translation>Den Speicher neu lesen (F5); Auswahl und Bildlaufposition bleiben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Show &amp;Deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Also list soft-deleted entities (delete = true), in a muted colour</source>
        <translation>Auch weich gelöschte Entitäten (delete = true) in gedämpfter Farbe zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Faulty Only</source>
        <translation>Nur &amp;fehlerhafte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Show only entities in ERROR or MISSING</source>
        <translation>Nur Entitäten mit ERROR oder MISSING zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <location filename="../ui/mainwindow.cpp" line="776"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;About EntityDesk</source>
        <translation>&amp;Über EntityDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>About EntityDesk</source>
        <translation>Über EntityDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&lt;b&gt;EntityDesk&lt;/b&gt; %1&lt;br&gt;A desktop administration tool for Dispatch entity stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Read-write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Could not count the entities: %1</source>
        <translation>Die Entitäten konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Reading and counting entities…</source>
        <translation>Entitäten werden gelesen und gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>EntityDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>%1 (%2) — EntityDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>Open SQLite Store</source>
        <translation>SQLite-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>SQLite stores (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>Reading entities…</source>
        <translation>Entitäten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="649"/>
        <source>No entities match this filter.</source>
        <translation>Keine Entität passt zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650"/>
        <source>No entities here.</source>
        <translation>Hier gibt es keine Entitäten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>Extra fields of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Fil&amp;ters</source>
        <translation>Fil&amp;ter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="765"/>
        <source>&amp;Find with a Filter…</source>
        <translation>Mit Filter &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>Type a filter as text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="768"/>
        <source>&amp;Add Condition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="770"/>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="27"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="29"/>
        <source>Export the current view (or the selected rows) to CSV or JSON Lines (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="31"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="32"/>
        <source>Load entities from a CSV or JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="42"/>
        <source>Copy &amp;Rows</source>
        <translation>&amp;Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="53"/>
        <source>Create &amp;Indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="55"/>
        <source>Add EntityDesk&apos;s indexes to this database, so that every view and filter stays fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="115"/>
        <source>Filter by This Value</source>
        <translation>Nach diesem Wert filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="116"/>
        <source>Exclude This Value</source>
        <translation>Diesen Wert ausschließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="120"/>
        <source>Copy Rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="135"/>
        <source>The store is open read-only; indexes cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="140"/>
        <source>Create Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="141"/>
        <source>Create EntityDesk&apos;s indexes (names starting with entitydesk_) on %1?

Dispatch keeps working as before: no column is added. On a large table this can take a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="150"/>
        <source>The indexes were not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtransfer.cpp" line="153"/>
        <source>Indexes created on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../models/navigatormodel.cpp" line="9"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="9"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="25"/>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="25"/>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="27"/>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="27"/>
        <source>all organizations</source>
        <translation>alle Organisationen</translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="50"/>
        <location filename="../models/navigatormodel.cpp" line="70"/>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="54"/>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="27"/>
        <source>Organizations and entity types</source>
        <translation>Organisationen und Entitätstypen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="51"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="52"/>
        <source>Copy the %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../ui/statusbadge.cpp" line="124"/>
        <source>(none)</source>
        <comment>status badge of an entity that has no status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadgeButton</name>
    <message>
        <location filename="../ui/statusbadgelabel.cpp" line="56"/>
        <source>%1: %2 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statusbadgelabel.cpp" line="57"/>
        <source>%1 entities are %2. Click to show only these; click again to show all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSummaryBar</name>
    <message>
        <location filename="../ui/statussummarybar.cpp" line="34"/>
        <source>Counting entities…</source>
        <translation>Einträge werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/statussummarybar.cpp" line="40"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 entities</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 Entitäten</translation>
    </message>
</context>
<context>
    <name>TagChipsDelegate</name>
    <message>
        <location filename="../ui/tagchipsdelegate.cpp" line="40"/>
        <source>+%1</source>
        <comment>chip counting tags that did not fit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

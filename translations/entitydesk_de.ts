<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../app/commandline.cpp" line="37"/>
        <source>List entities of one type (and one organization, or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>Entity type, e.g. Function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="40"/>
        <source>Organization; without it the list is global.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41"/>
        <source>Sort by FIELD[:desc], tag:KEY or extra:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42"/>
        <source>At most N entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>table, csv, jsonl or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="54"/>
        <source>cannot sort by &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="59"/>
        <source>--limit takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <source>unknown format &apos;%1&apos; (table, csv, jsonl, keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="74"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="74"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="74"/>
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="74"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="75"/>
        <source>MODIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="105"/>
        <source>Print one entity as Dispatch&apos;s JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="107"/>
        <location filename="../app/editcommands.cpp" line="26"/>
        <location filename="../app/editcommands.cpp" line="197"/>
        <source>Entity type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="108"/>
        <location filename="../app/editcommands.cpp" line="27"/>
        <source>Organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="109"/>
        <location filename="../app/editcommands.cpp" line="28"/>
        <source>Entity name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="132"/>
        <source>Load entities from Dispatch&apos;s table as CSV (COPY … CSV HEADER) or from JSON Lines, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="135"/>
        <source>When a key exists: skip, overwrite or abort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="137"/>
        <source>The file to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="142"/>
        <source>import takes exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="150"/>
        <source>--on-existing takes skip, overwrite or abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="163"/>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="164"/>
        <source>%1 rows read, %2 written, %3 skipped as existing, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="200"/>
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
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="321"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/entitytablemodel.cpp" line="323"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/entitytablemodel.cpp" line="325"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/entitytablemodel.cpp" line="327"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="367"/>
        <source>This row could not be read cleanly:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="370"/>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="379"/>
        <source>No time recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="380"/>
        <source>%1 local time
%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="431"/>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="464"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="465"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="466"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="467"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="468"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="469"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="470"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="471"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="472"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entitytablemodel.cpp" line="476"/>
        <source>Extra field &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../models/navigatormodel.cpp" line="9"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="9"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/navigatormodel.cpp" line="25"/>
        <source>%1 in %2: %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="26"/>
        <source>all organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/navigatormodel.cpp" line="27"/>
        <source>%n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/navigatormodel.cpp" line="52"/>
        <source>All organizations</source>
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
    <name>TagChipsDelegate</name>
    <message>
        <location filename="../ui/tagchipsdelegate.cpp" line="81"/>
        <source>+%1</source>
        <comment>chip counting tags that did not fit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

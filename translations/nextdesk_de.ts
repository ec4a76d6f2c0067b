<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Api::AppManifest</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value</source>
        <translation>&apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must hold &apos;key: value&apos; lines</source>
        <translation>&apos;%1&apos; muss aus Zeilen der Form &apos;key: value&apos; bestehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be a single value</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>configuration.content.format must be json, multi-file or csv-archive</source>
        <translation>configuration.content.format muss json, multi-file oder csv-archive sein</translation>
    </message>
    <message>
        <source>configuration.content.multi-file needs both &apos;input&apos; and &apos;output&apos;</source>
        <translation>configuration.content.multi-file benötigt sowohl &apos;input&apos; als auch &apos;output&apos;</translation>
    </message>
    <message>
        <source>multi-file input needs a &apos;path&apos;</source>
        <translation>eine multi-file-Eingabe benötigt einen Eintrag &apos;path&apos;</translation>
    </message>
    <message>
        <source>each option must hold &apos;key: value&apos; lines</source>
        <translation>jede Option muss aus Zeilen der Form &apos;key: value&apos; bestehen</translation>
    </message>
    <message>
        <source>an option needs a &apos;name&apos;</source>
        <translation>eine Option benötigt einen Eintrag &apos;name&apos;</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs an &apos;option_type&apos;</source>
        <translation>die Option &apos;%1&apos; benötigt einen Eintrag &apos;option_type&apos;</translation>
    </message>
    <message>
        <source>&apos;items&apos; must be a list of options</source>
        <translation>&apos;items&apos; muss eine Liste von Optionen sein</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>das Manifest ist leer</translation>
    </message>
    <message>
        <source>the manifest must hold &apos;key: value&apos; lines (type, runtime, files, …)</source>
        <translation>das Manifest muss aus Zeilen der Form &apos;key: value&apos; bestehen (type, runtime, files, …)</translation>
    </message>
    <message>
        <source>type must be python, go, java or binary</source>
        <translation>type muss python, go, java oder binary sein</translation>
    </message>
    <message>
        <source>&apos;files&apos; lists nothing; list the files to push</source>
        <translation>&apos;files&apos; führt nichts auf; geben Sie die hochzuladenden Dateien an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; points outside the app folder</source>
        <translation>&apos;%1&apos; verweist auf einen Ort außerhalb des Anwendungsordners</translation>
    </message>
    <message>
        <source>pip-requirements points outside the app folder</source>
        <translation>pip-requirements verweist auf einen Ort außerhalb des Anwendungsordners</translation>
    </message>
    <message>
        <source>the value of %1 must be a single value</source>
        <translation>der Wert von %1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lists files that are not in the app folder: %2</source>
        <translation>%1 führt Dateien auf, die nicht im Anwendungsordner liegen: %2</translation>
    </message>
    <message>
        <source>%1 does not select %2, the file the app runs; add it to &apos;files&apos;</source>
        <translation>%1 erfasst %2 nicht, die Datei, die die Anwendung ausführt; fügen Sie sie zu &apos;files&apos; hinzu</translation>
    </message>
</context>
<context>
    <name>Api::AppManifestYaml</name>
    <message>
        <source>YAML directives (%…) are not supported</source>
        <translation>YAML-Direktiven (%…) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>put the document&apos;s content on the lines after ---</source>
        <translation>setzen Sie den Inhalt des Dokuments in die Zeilen nach ---</translation>
    </message>
    <message>
        <source>only one YAML document is supported</source>
        <translation>es wird nur ein YAML-Dokument unterstützt</translation>
    </message>
    <message>
        <source>unexpected text; check the indentation</source>
        <translation>unerwarteter Text; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a double-quoted value</source>
        <translation>unbekannte Escape-Sequenz \%1 in einem Wert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a \%1 escape needs %2 hexadecimal digits</source>
        <translation>eine \%1-Escape-Sequenz benötigt %2 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>unexpected text after the closing bracket</source>
        <translation>unerwarteter Text nach der schließenden Klammer</translation>
    </message>
    <message>
        <source>a quoted value must end on the line it starts on</source>
        <translation>ein Wert in Anführungszeichen muss in der Zeile enden, in der er beginnt</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>anchors (&amp;), aliases (*) and tags (!) are not supported</source>
        <translation>Anker (&amp;), Aliase (*) und Tags (!) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>a value cannot start with &apos;%1&apos;; quote it</source>
        <translation>ein Wert darf nicht mit &apos;%1&apos; beginnen; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>a value holding &apos;: &apos; must be quoted (or check the indentation)</source>
        <translation>ein Wert, der &apos;: &apos; enthält, muss in Anführungszeichen stehen (oder prüfen Sie die Einrückung)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a block scalar header such as | or &gt;-</source>
        <translation>&apos;%1&apos; ist kein Blockskalar-Kopf wie | oder &gt;-</translation>
    </message>
    <message>
        <source>this line is less indented than the block value it belongs to</source>
        <translation>diese Zeile ist weniger eingerückt als der Blockwert, zu dem sie gehört</translation>
    </message>
    <message>
        <source>a flow list or map must close on the line it starts on</source>
        <translation>eine Flow-Liste oder Flow-Map muss in der Zeile geschlossen werden, in der sie beginnt</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>der Schlüssel &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; in a flow list or map</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; in einer Flow-Liste oder Flow-Map erwartet</translation>
    </message>
    <message>
        <source>key: value pairs inside a flow list are not supported; quote the value</source>
        <translation>key: value-Paare innerhalb einer Flow-Liste werden nicht unterstützt; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>an empty entry in a flow list or map</source>
        <translation>ein leerer Eintrag in einer Flow-Liste oder Flow-Map</translation>
    </message>
    <message>
        <source>tabs cannot indent YAML; use spaces</source>
        <translation>YAML kann nicht mit Tabulatoren eingerückt werden; verwenden Sie Leerzeichen</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>a list item where a &apos;key: value&apos; line was expected</source>
        <translation>ein Listeneintrag, wo eine Zeile der Form &apos;key: value&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>expected a &apos;key: value&apos; line</source>
        <translation>Zeile der Form &apos;key: value&apos; erwartet</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>Api::AppPush</name>
    <message>
        <source>(it printed nothing)</source>
        <translation>(es wurde nichts ausgegeben)</translation>
    </message>
    <message>
        <source>Cannot write %1 into the bundle.</source>
        <translation>%1 kann nicht in das Paket geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 names %2 as its pip requirements, but the app folder has no such file.</source>
        <translation>%1 nennt %2 als pip-Anforderungen, aber der Anwendungsordner enthält keine solche Datei.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the bundle.</source>
        <translation>%1 kann nicht in das Paket kopiert werden.</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>%1 hochladen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to pack the app in.</source>
        <translation>Es kann kein temporärer Ordner zum Packen der Anwendung angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not an executable program; push its folder (with app.yaml) instead.</source>
        <translation>%1 ist kein ausführbares Programm; laden Sie stattdessen seinen Ordner (mit app.yaml) hoch.</translation>
    </message>
    <message>
        <source>Cannot stage %1.</source>
        <translation>%1 kann nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Cannot run the build command of %1 (%2): %3</source>
        <translation>Der Build-Befehl von %1 (%2) kann nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <source>Cannot run the pre-push command of %1 (%2): %3</source>
        <translation>Der Pre-Push-Befehl von %1 (%2) kann nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <source>The build command &quot;%1&quot; did not finish within %2 s and was stopped:
%3</source>
        <translation>Der Build-Befehl „%1“ wurde nicht innerhalb von %2 s fertig und wurde gestoppt:
%3</translation>
    </message>
    <message>
        <source>The pre-push command &quot;%1&quot; did not finish within %2 s and was stopped:
%3</source>
        <translation>Der Pre-Push-Befehl „%1“ wurde nicht innerhalb von %2 s fertig und wurde gestoppt:
%3</translation>
    </message>
    <message>
        <source>The build command &quot;%1&quot; crashed:
%2</source>
        <translation>Der Build-Befehl „%1“ ist abgestürzt:
%2</translation>
    </message>
    <message>
        <source>The pre-push command &quot;%1&quot; crashed:
%2</source>
        <translation>Der Pre-Push-Befehl „%1“ ist abgestürzt:
%2</translation>
    </message>
    <message>
        <source>The build command &quot;%1&quot; failed with exit code %2:
%3</source>
        <translation>Der Build-Befehl „%1“ ist mit Exit-Code %2 fehlgeschlagen:
%3</translation>
    </message>
    <message>
        <source>The pre-push command &quot;%1&quot; failed with exit code %2:
%3</source>
        <translation>Der Pre-Push-Befehl „%1“ ist mit Exit-Code %2 fehlgeschlagen:
%3</translation>
    </message>
    <message>
        <source>Cannot write the list of files to pack.</source>
        <translation>Die Liste der zu packenden Dateien kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Packing the app failed: %1</source>
        <translation>Das Packen der Anwendung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot run tar to pack the app: %1</source>
        <translation>tar kann zum Packen der Anwendung nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The server did not return an upload URL.</source>
        <translation>Der Server hat keine Upload-URL zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Api::ConnectionManager</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 needs an API key.</source>
        <translation>%1 benötigt einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Set NEXTMV_API_KEY to the key of %1.</source>
        <translation>Setzen Sie NEXTMV_API_KEY auf den Schlüssel von %1.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>Api::ConnectionProfile</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Nextmv Cloud</source>
        <translation>Nextmv Cloud</translation>
    </message>
    <message>
        <source>Enter a URL such as https://api.cloud.nextmv.io.</source>
        <translation>Geben Sie eine URL wie https://api.cloud.nextmv.io ein.</translation>
    </message>
    <message>
        <source>Only https is allowed for servers other than this computer: the API key would travel unencrypted.</source>
        <translation>Für andere Server als diesen Computer ist nur https erlaubt: Der API-Schlüssel würde sonst unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in connection.</source>
        <translation>&apos;%1&apos; ist eine eingebaute Verbindung.</translation>
    </message>
</context>
<context>
    <name>Api::HttpCall</name>
    <message>
        <source>The connection to %1 ended before it answered, so the request may or may not have been carried out. It was not sent again; refresh to see.</source>
        <translation>Die Verbindung zu %1 wurde beendet, bevor eine Antwort kam; die Anfrage wurde daher möglicherweise ausgeführt, möglicherweise auch nicht. Sie wurde nicht erneut gesendet; aktualisieren Sie, um nachzusehen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key of this connection.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (%1). Prüfen Sie den Schlüssel dieser Verbindung.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Too large: %1</source>
        <translation>Zu groß: %1</translation>
    </message>
    <message>
        <source>The server is busy (too many requests); try again shortly.</source>
        <translation>Der Server ist ausgelastet (zu viele Anfragen); versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address, which NextDesk does not follow with your key: %1</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet, der NextDesk mit Ihrem Schlüssel nicht folgt: %1</translation>
    </message>
    <message>
        <source>The server failed (%1): %2</source>
        <translation>Fehler auf dem Server (%1): %2</translation>
    </message>
    <message>
        <source>The request failed (%1): %2</source>
        <translation>Die Anfrage ist fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>Api::Identifier</name>
    <message>
        <source>use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>verwenden Sie 1-64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
</context>
<context>
    <name>Api::InputUpload</name>
    <message>
        <source>New input from %1</source>
        <translation>Neue Eingabe aus %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The server did not return the input&apos;s ID.</source>
        <translation>Der Server hat die ID der Eingabe nicht zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Api::JsonObjectReader</name>
    <message>
        <source>field &apos;%1&apos; must be %2</source>
        <translation>das Feld &apos;%1&apos; muss %2 sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is required</source>
        <translation>das Feld &apos;%1&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>an RFC3339 timestamp</source>
        <translation>ein RFC3339-Zeitstempel</translation>
    </message>
    <message>
        <source>a size in bytes</source>
        <translation>eine Größe in Bytes</translation>
    </message>
</context>
<context>
    <name>Api::LocalCheck</name>
    <message>
        <source>Failed: no answer within %1 s.</source>
        <translation>Fehlgeschlagen: keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Sample app: %1</source>
        <translation>Beispiel-App: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Failed: the sample app has no runs.</source>
        <translation>Fehlgeschlagen: Die Beispiel-App hat keine Läufe.</translation>
    </message>
    <message>
        <source>Sample runs: %1 of %2 succeeded</source>
        <translation>Beispielläufe: %1 von %2 erfolgreich</translation>
    </message>
</context>
<context>
    <name>Api::LocalServer</name>
    <message>
        <source>Cannot create the local server&apos;s folder %1.</source>
        <translation>Der Ordner %1 des lokalen Servers kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local server program is missing: %1</source>
        <translation>Das Programm des lokalen Servers fehlt: %1</translation>
    </message>
    <message>
        <source>Cannot start the local server: %1</source>
        <translation>Der lokale Server kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local server did not start; see %1.</source>
        <translation>Der lokale Server ist nicht gestartet; siehe %1.</translation>
    </message>
</context>
<context>
    <name>Api::NextmvClient</name>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON list.</source>
        <translation>Die Antwort des Servers ist keine JSON-Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n listed item(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n aufgeführtes Element konnte nicht gelesen werden und wird ausgelassen (%1).</numerusform>
            <numerusform>%n aufgeführte Elemente konnten nicht gelesen werden und werden ausgelassen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not return the experiment&apos;s ID.</source>
        <translation>Der Server hat die ID des Experiments nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>The run has no output.</source>
        <translation>Der Lauf hat keine Ausgabe.</translation>
    </message>
    <message>
        <source>The output is large; download it to a file instead.</source>
        <translation>Die Ausgabe ist groß; laden Sie sie stattdessen in eine Datei herunter.</translation>
    </message>
    <message>
        <source>The server did not return a run ID.</source>
        <translation>Der Server hat keine Lauf-ID zurückgegeben.</translation>
    </message>
    <message>
        <source>This server does not delete runs.</source>
        <translation>Dieser Server unterstützt das Löschen von Läufen nicht.</translation>
    </message>
</context>
<context>
    <name>Api::OptionSpec</name>
    <message>
        <source>option &apos;%1&apos; expects a %2 value, not &apos;%3&apos;</source>
        <translation>die Option &apos;%1&apos; erwartet einen Wert vom Typ %2, nicht &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>Api::PayloadDownload</name>
    <message>
        <source>Output of %1</source>
        <translation>Ausgabe von %1</translation>
    </message>
    <message>
        <source>Input of %1</source>
        <translation>Eingabe von %1</translation>
    </message>
    <message>
        <source>The server did not return a download URL.</source>
        <translation>Der Server hat keine Download-URL zurückgegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Api::RunSubmission</name>
    <message>
        <source>New run from %1</source>
        <translation>Neuer Lauf aus %1</translation>
    </message>
    <message>
        <source>New ensemble run of %1</source>
        <translation>Neuer Ensemble-Lauf von %1</translation>
    </message>
    <message>
        <source>New run on %1</source>
        <translation>Neuer Lauf auf %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The server did not return a run ID.</source>
        <translation>Der Server hat keine Lauf-ID zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Api::SampleSeeder</name>
    <message>
        <source>Installing the sample app failed: %1</source>
        <translation>Die Installation der Beispiel-App ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>Sample inputs</source>
        <translation>Beispieleingaben</translation>
    </message>
    <message>
        <source>Greedy vs dynamic programming</source>
        <translation>Greedy vs. dynamische Programmierung</translation>
    </message>
</context>
<context>
    <name>Api::SessionKeyStore</name>
    <message>
        <source>No API key is stored for &apos;%1&apos;.</source>
        <translation>Für &apos;%1&apos; ist kein API-Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>Api::Transfer</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Api::UploadTransfer</name>
    <message>
        <source>The server did not return an upload URL.</source>
        <translation>Der Server hat keine Upload-URL zurückgegeben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 at byte %2.</source>
        <translation>Die Eingabe ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
</context>
<context>
    <name>Models::AcceptanceResultModel</name>
    <message>
        <source>No verdict yet: the experiment is %1.</source>
        <translation>Noch kein Ergebnis: Das Experiment hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Passed: %1 of %2 metrics</source>
        <translation>Bestanden: %1 von %2 Metriken</translation>
    </message>
    <message>
        <source>Failed: %1 of %2 metrics passed</source>
        <translation>Nicht bestanden: %1 von %2 Metriken bestanden</translation>
    </message>
    <message>
        <source>±%1 % (relative)</source>
        <translation>±%1 % (relativ)</translation>
    </message>
    <message>
        <source>±%1 (absolute)</source>
        <translation>±%1 (absolut)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Distance of the candidate from the pass threshold: positive inside, negative outside.</source>
        <translation>Abstand des Kandidaten von der Bestehensschwelle: positiv innerhalb, negativ außerhalb.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>Referenz (%1)</translation>
    </message>
    <message>
        <source>Candidate (%1)</source>
        <translation>Kandidat (%1)</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
</context>
<context>
    <name>Models::CommandPaletteModel</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Input Set</source>
        <translation>Eingabesatz</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Models::EnsembleChildrenModel</name>
    <message>
        <source>Decided by rule %1 (%2 %3)</source>
        <translation>Entschieden durch Regel %1 (%2 %3)</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>höchste</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>niedrigste</translation>
    </message>
    <message>
        <source>Tied on every rule: the earliest child won</source>
        <translation>Bei allen Regeln gleichauf: Der früheste Unterlauf hat gewonnen</translation>
    </message>
    <message>
        <source>Kept by %1: within tolerance of the best</source>
        <translation>Von %1 behalten: innerhalb der Toleranz zum besten Wert</translation>
    </message>
    <message>
        <source>Dropped by %1: outside the tolerance of the best</source>
        <translation>Von %1 aussortiert: außerhalb der Toleranz zum besten Wert</translation>
    </message>
    <message>
        <source>Dropped by %1: no value at %2</source>
        <translation>Von %1 aussortiert: kein Wert bei %2</translation>
    </message>
    <message>
        <source>Not compared by %1</source>
        <translation>Von %1 nicht verglichen</translation>
    </message>
    <message>
        <source>%1 (winner)</source>
        <translation>%1 (Gewinner)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Models::EnsembleRulesModel</name>
    <message>
        <source>maximize</source>
        <translation>maximieren</translation>
    </message>
    <message>
        <source>minimize</source>
        <translation>minimieren</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>absolut</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>A fraction of the best value: 0.05 keeps runs within 5 % of it</source>
        <translation>Ein Anteil des besten Werts: 0,05 behält Läufe innerhalb von 5 % davon</translation>
    </message>
    <message>
        <source>Runs within this distance of the best value stay in the running</source>
        <translation>Läufe innerhalb dieses Abstands zum besten Wert bleiben im Rennen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Models::EnsembleRunGroupsModel</name>
    <message>
        <source>Options over the instance&apos;s own, as name=value pairs separated by commas</source>
        <translation>Optionen, die die der Instanz überschreiben, als durch Kommas getrennte name=value-Paare</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>Models::EntityColumns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ausführbare Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>From run</source>
        <translation>Aus Lauf</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Run groups</source>
        <translation>Laufgruppen</translation>
    </message>
    <message>
        <source>%1 (%2 runs)</source>
        <translation>%1 (%2 Läufe)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Execution class</source>
        <translation>Ausführungsklasse</translation>
    </message>
</context>
<context>
    <name>Models::ExperimentListModel</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>running</source>
        <comment>experiment status</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>experiment status</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>experiment status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>experiment status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>experiment status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopping</source>
        <comment>experiment status</comment>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>deleting</source>
        <comment>experiment status</comment>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>delete failed</source>
        <comment>experiment status</comment>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>experiment status</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Batch experiment</source>
        <translation>Batch-Experiment</translation>
    </message>
    <message>
        <source>Acceptance test</source>
        <translation>Abnahmetest</translation>
    </message>
    <message>
        <source>Shadow test</source>
        <translation>Schattentest</translation>
    </message>
    <message>
        <source>Switchback test</source>
        <translation>Switchback-Test</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n run(s)</source>
        <translation>
            <numerusform>%1 / %n Lauf</numerusform>
            <numerusform>%1 / %n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n baseline run(s)</source>
        <translation>
            <numerusform>%1 / %n Referenzlauf</numerusform>
            <numerusform>%1 / %n Referenzläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n unit(s)</source>
        <translation>
            <numerusform>%1 / %n Einheit</numerusform>
            <numerusform>%1 / %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Models::ExperimentSummaryModel</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Δ mean vs %1</source>
        <translation>Δ Mittelwert ggü. %1</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Std.-Abw.</translation>
    </message>
</context>
<context>
    <name>Models::JsonDiffModel</name>
    <message>
        <source>added</source>
        <comment>a JSON value only in the second output</comment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a JSON value only in the first output</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a JSON value that differs between the outputs</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <comment>an array item at another position in the second output</comment>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>(the whole output)</source>
        <translation>(die ganze Ausgabe)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Erster Lauf</translation>
    </message>
    <message>
        <source>Second run</source>
        <translation>Zweiter Lauf</translation>
    </message>
</context>
<context>
    <name>Models::JsonTableModel</name>
    <message>
        <source>(value)</source>
        <comment>column of array items that are not objects</comment>
        <translation>(Wert)</translation>
    </message>
</context>
<context>
    <name>Models::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <comment>column header: JSON member name or array position</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>column header: JSON value</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>column header: JSON value type</comment>
        <translation>Typ</translation>
    </message>
    <message numerus="yes">
        <source>{%n keys}</source>
        <comment>summary of a JSON object</comment>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <comment>summary of a JSON array</comment>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON value type</comment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON value type</comment>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON value type</comment>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON value type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON value type</comment>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON value type</comment>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>Models::LineDiffModel</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unveränderte Zeile</numerusform>
            <numerusform>⋯ %n unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>First</source>
        <comment>column header: line number in the first run&apos;s output</comment>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Second</source>
        <comment>column header: line number in the second run&apos;s output</comment>
        <translation>Zweite</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Models::MetadataComparisonModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Execution duration</source>
        <translation>Ausführungsdauer</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Ausgabegröße</translation>
    </message>
    <message>
        <source>Managed input</source>
        <translation>Verwaltete Eingabe</translation>
    </message>
    <message>
        <source>Execution class</source>
        <translation>Ausführungsklasse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>column header: what is compared (instance, version, an option)</comment>
        <translation>Feld</translation>
    </message>
</context>
<context>
    <name>Models::OutputComparison</name>
    <message>
        <source>The first output is not JSON (%1 at byte %2): compared as text.</source>
        <translation>Die erste Ausgabe ist kein JSON (%1 bei Byte %2): als Text verglichen.</translation>
    </message>
    <message>
        <source>The second output is not JSON (%1 at byte %2): compared as text.</source>
        <translation>Die zweite Ausgabe ist kein JSON (%1 bei Byte %2): als Text verglichen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Models::RunListModel</name>
    <message>
        <source>queued</source>
        <comment>run status</comment>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <comment>run status</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>run status</comment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>run status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>run status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>run status</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
</context>
<context>
    <name>Models::StatisticsComparisonModel</name>
    <message>
        <source>lower</source>
        <comment>which way a statistic is better</comment>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>higher</source>
        <comment>which way a statistic is better</comment>
        <translation>höher</translation>
    </message>
    <message>
        <source>neither</source>
        <comment>which way a statistic is better</comment>
        <translation>keine Richtung</translation>
    </message>
    <message>
        <source>Which way is better for %1: the best value of the row is marked.</source>
        <translation>Welche Richtung bei %1 besser ist: der beste Wert der Zeile wird hervorgehoben.</translation>
    </message>
    <message>
        <source>%1 does not report %2.</source>
        <translation>%1 meldet %2 nicht.</translation>
    </message>
    <message>
        <source>The best %1 of these runs.</source>
        <translation>Der beste Wert von %1 unter diesen Läufen.</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Better</source>
        <comment>column header: which way a statistic is better</comment>
        <translation>Besser</translation>
    </message>
</context>
<context>
    <name>Models::TransferListModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL Version 3</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence</source>
        <translation>BSD-3-Clause-Lizenz</translation>
    </message>
    <message>
        <source>Breeze icons (KDE)</source>
        <translation>Breeze-Symbole (KDE)</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 or later</source>
        <translation>GNU LGPL Version 3 oder neuer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NextDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for &lt;a href=&quot;https://www.nextmv.io&quot;&gt;Nextmv&lt;/a&gt; decision applications, with a local server that runs them offline.&lt;/p&gt;&lt;h3&gt;Build&lt;/h3&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;br&gt;Compiled by %4.&lt;br&gt;Qt: %5&lt;/p&gt;&lt;h3&gt;Licences&lt;/h3&gt;&lt;ul&gt;%6&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;NextDesk %1&lt;/h2&gt;&lt;p&gt;Eine Desktop-Konsole für &lt;a href=&quot;https://www.nextmv.io&quot;&gt;Nextmv&lt;/a&gt;-Entscheidungsanwendungen, mit einem lokalen Server, der sie offline ausführt.&lt;/p&gt;&lt;h3&gt;Build&lt;/h3&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;br&gt;Kompiliert von %4.&lt;br&gt;Qt: %5&lt;/p&gt;&lt;h3&gt;Lizenzen&lt;/h3&gt;&lt;ul&gt;%6&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About NextDesk</source>
        <translation>Über NextDesk</translation>
    </message>
    <message>
        <source>NextDesk icon</source>
        <translation>NextDesk-Symbol</translation>
    </message>
    <message>
        <source>an unknown compiler</source>
        <translation>einem unbekannten Compiler</translation>
    </message>
</context>
<context>
    <name>Ui::AcceptanceResultsView</name>
    <message>
        <source>All metrics</source>
        <translation>Alle Metriken</translation>
    </message>
    <message>
        <source>Passed only</source>
        <translation>Nur bestandene</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Nur nicht bestandene</translation>
    </message>
    <message>
        <source>Show Experiment Charts</source>
        <translation>Experiment-Diagramme anzeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>%1 — candidate %2 (%3) against baseline %4 (%5), on batch experiment %6.</source>
        <translation>%1 — Kandidat %2 (%3) gegenüber Referenz %4 (%5), im Batch-Experiment %6.</translation>
    </message>
</context>
<context>
    <name>Ui::AppSettingsTab</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete Application…</source>
        <translation>Anwendung löschen…</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Default &amp;instance:</source>
        <translation>Standard-&amp;Instanz:</translation>
    </message>
    <message>
        <source>Default e&amp;xperiment instance:</source>
        <translation>Standardinstanz für E&amp;xperimente:</translation>
    </message>
    <message>
        <source>latest (the pushed dev binary)</source>
        <translation>latest (die hochgeladene Entwicklungs-Binärdatei)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The application needs a name.</source>
        <translation>Die Anwendung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>This deletes &lt;b&gt;%1&lt;/b&gt; with all its versions, instances, runs, inputs and experiments. It cannot be undone.&lt;br&gt;Type the application ID to confirm:</source>
        <translation>Dies löscht &lt;b&gt;%1&lt;/b&gt; mit allen Versionen, Instanzen, Läufen, Eingaben und Experimenten. Dies kann nicht rückgängig gemacht werden.&lt;br&gt;Geben Sie zur Bestätigung die Anwendungs-ID ein:</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>Ui::BatchResultsView</name>
    <message>
        <source>Cancel Experiment…</source>
        <translation>Experiment abbrechen…</translation>
    </message>
    <message>
        <source>The statistic the runs report that the charts and table show</source>
        <translation>Die von den Läufen gemeldete Kennzahl, die Diagramme und Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Deltas and the per-input chart compare against this instance</source>
        <translation>Differenzen und das Diagramm pro Eingabe beziehen sich auf diese Instanz</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidat:</translation>
    </message>
    <message>
        <source>Box Plots</source>
        <translation>Boxplots</translation>
    </message>
    <message>
        <source>Percentiles</source>
        <translation>Perzentile</translation>
    </message>
    <message>
        <source>Per Input</source>
        <translation>Pro Eingabe</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) done</source>
        <translation>
            <numerusform>%1 von %n Lauf abgeschlossen</numerusform>
            <numerusform>%1 von %n Läufen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>No run of this experiment reported results.</source>
        <translation>Kein Lauf dieses Experiments hat Ergebnisse gemeldet.</translation>
    </message>
    <message>
        <source>Waiting for the first runs to finish…</source>
        <translation>Warten auf den Abschluss der ersten Läufe…</translation>
    </message>
    <message>
        <source>Choose a candidate other than the baseline.</source>
        <translation>Wählen Sie einen anderen Kandidaten als die Referenz.</translation>
    </message>
    <message>
        <source>No input has results from both %1 and %2 yet.</source>
        <translation>Noch keine Eingabe hat Ergebnisse sowohl von %1 als auch von %2.</translation>
    </message>
    <message>
        <source>No run of %1 on input %2 was found.</source>
        <translation>Es wurde kein Lauf von %1 mit Eingabe %2 gefunden.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Open the Run of %1</source>
        <translation>Den Lauf von %1 öffnen</translation>
    </message>
    <message>
        <source>Compare the Runs of Input %1…</source>
        <translation>Die Läufe der Eingabe %1 vergleichen…</translation>
    </message>
    <message>
        <source>Input %1 has fewer than two runs to compare yet.</source>
        <translation>Eingabe %1 hat noch weniger als zwei Läufe zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Saves the chart above as a PNG image</source>
        <translation>Speichert das Diagramm darüber als PNG-Bild</translation>
    </message>
    <message numerus="yes">
        <source>Chart with %n series; Export PNG saves it as an image.</source>
        <translation>
            <numerusform>Diagramm mit %n Datenreihe; „PNG exportieren“ speichert es als Bild.</numerusform>
            <numerusform>Diagramm mit %n Datenreihen; „PNG exportieren“ speichert es als Bild.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type to search actions, runs, experiments…</source>
        <translation>Tippen, um Aktionen, Läufe, Experimente … zu suchen</translation>
    </message>
    <message>
        <source>Search actions and items</source>
        <translation>Aktionen und Einträge suchen</translation>
    </message>
    <message>
        <source>Matching actions and items</source>
        <translation>Passende Aktionen und Einträge</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nichts passt.</translation>
    </message>
    <message numerus="yes">
        <source>The best %1 of %n matches</source>
        <translation>
            <numerusform>Die besten %1 von %n Treffer</numerusform>
            <numerusform>Die besten %1 von %n Treffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CompareRunsWindow</name>
    <message numerus="yes">
        <source>Compare %n Run(s)</source>
        <translation>
            <numerusform>%n Lauf vergleichen</numerusform>
            <numerusform>%n Läufe vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Metadata and Options</source>
        <translation>Metadaten und Optionen</translation>
    </message>
    <message>
        <source>Output Diff</source>
        <translation>Ausgabevergleich</translation>
    </message>
    <message>
        <source>Double-click a run&apos;s header to open it.</source>
        <translation>Doppelklick auf die Spaltenüberschrift eines Laufs öffnet ihn.</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Statistiken exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Diagramm von</translation>
    </message>
    <message>
        <source>Export metadata</source>
        <translation>Metadaten exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n run(s)…</source>
        <translation>
            <numerusform>%n Lauf wird geladen…</numerusform>
            <numerusform>%n Läufe werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) compared.</source>
        <translation>
            <numerusform>%n Lauf verglichen.</numerusform>
            <numerusform>%n Läufe verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some runs could not be loaded:</source>
        <translation>Einige Läufe konnten nicht geladen werden:</translation>
    </message>
    <message>
        <source>These runs report no statistics.</source>
        <translation>Diese Läufe melden keine Statistiken.</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionDialog</name>
    <message>
        <source>API Key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>The key is stored in your system keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available: the key is kept only until NextDesk quits, never written to disk.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Der Schlüssel wird nur bis zum Beenden von NextDesk aufbewahrt und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>Ui::EnsembleRunView</name>
    <message>
        <source>Click a child run to open it</source>
        <translation>Klicken Sie auf einen Unterlauf, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Winner: %1. %2.</source>
        <translation>Gewinner: %1. %2.</translation>
    </message>
    <message>
        <source>Waiting for the child runs to finish…</source>
        <translation>Warten auf den Abschluss der Unterläufe…</translation>
    </message>
</context>
<context>
    <name>Ui::EnsemblesTab</name>
    <message>
        <source>Add Group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Duplicate as New…</source>
        <translation>Als neu duplizieren…</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>Start an ensemble run: every group&apos;s runs, and the best child by the rules becomes the run&apos;s answer</source>
        <translation>Einen Ensemble-Lauf starten: Die Läufe aller Gruppen werden ausgeführt, und der nach den Regeln beste Unterlauf wird zur Antwort des Laufs</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Run groups (each runs its repetitions):</source>
        <translation>Laufgruppen (jede führt ihre Wiederholungen aus):</translation>
    </message>
    <message>
        <source>Rules, first to last: each keeps the runs within tolerance of the best; the next decides among those, then the earliest run:</source>
        <translation>Regeln, von der ersten bis zur letzten: Jede behält die Läufe innerhalb der Toleranz zum besten Wert; die nächste entscheidet unter diesen, zuletzt der früheste Lauf:</translation>
    </message>
    <message>
        <source>Its run groups and rules are fixed once made (the API renames a definition, nothing more): Duplicate as New to change them.</source>
        <translation>Laufgruppen und Regeln sind nach dem Erstellen unveränderlich (die API kann eine Definition nur umbenennen): Verwenden Sie Als neu duplizieren, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Select an ensemble definition, or make one with New….</source>
        <translation>Wählen Sie eine Ensemble-Definition aus oder erstellen Sie eine mit Neu….</translation>
    </message>
    <message>
        <source>A new definition: name it, add run groups and rules, then Save.</source>
        <translation>Eine neue Definition: Geben Sie ihr einen Namen, fügen Sie Laufgruppen und Regeln hinzu und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>add at least one run group.</source>
        <translation>fügen Sie mindestens eine Laufgruppe hinzu.</translation>
    </message>
    <message>
        <source>group %1 needs an instance.</source>
        <translation>Gruppe %1 benötigt eine Instanz.</translation>
    </message>
    <message>
        <source>add at least one rule.</source>
        <translation>fügen Sie mindestens eine Regel hinzu.</translation>
    </message>
    <message>
        <source>ensemble definition %1</source>
        <translation>Ensemble-Definition %1</translation>
    </message>
    <message>
        <source>Ensemble runs already made from it are kept.</source>
        <translation>Bereits daraus erstellte Ensemble-Läufe bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Ui::EntityTab</name>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Ui::ExperimentCharts</name>
    <message>
        <source>Distribution of %1 per instance</source>
        <translation>Verteilung von %1 pro Instanz</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Percentiles of %1</source>
        <translation>Perzentile von %1</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>%1 per input: %2 against %3</source>
        <translation>%1 pro Eingabe: %2 gegenüber %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 higher (%n input(s))</source>
        <translation>
            <numerusform>%1 höher (%n Eingabe)</numerusform>
            <numerusform>%1 höher (%n Eingaben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lower (%n input(s))</source>
        <translation>
            <numerusform>%1 niedriger (%n Eingabe)</numerusform>
            <numerusform>%1 niedriger (%n Eingaben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Equal (%n input(s))</source>
        <translation>
            <numerusform>Gleich (%n Eingabe)</numerusform>
            <numerusform>Gleich (%n Eingaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Same value</source>
        <translation>Gleicher Wert</translation>
    </message>
    <message>
        <source>%1 of %2 (baseline)</source>
        <translation>%1 von %2 (Referenz)</translation>
    </message>
    <message>
        <source>%1 of %2 (candidate)</source>
        <translation>%1 von %2 (Kandidat)</translation>
    </message>
</context>
<context>
    <name>Ui::ExperimentsTab</name>
    <message>
        <source>New Acceptance Test…</source>
        <translation>Neuer Abnahmetest…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>New Experiment…</source>
        <translation>Neues Experiment…</translation>
    </message>
    <message>
        <source>Compare two instances of the selected, finished batch experiment</source>
        <translation>Zwei Instanzen des ausgewählten, abgeschlossenen Batch-Experiments vergleichen</translation>
    </message>
    <message>
        <source>New Shadow Test…</source>
        <translation>Neuer Schattentest…</translation>
    </message>
    <message>
        <source>Repeat a baseline instance&apos;s runs on candidate instances</source>
        <translation>Die Läufe einer Referenzinstanz auf Kandidateninstanzen wiederholen</translation>
    </message>
    <message>
        <source>New Switchback Test…</source>
        <translation>Neuer Switchback-Test…</translation>
    </message>
    <message>
        <source>Send a baseline instance&apos;s runs to it or to a candidate, alternating by time unit</source>
        <translation>Die Läufe einer Referenzinstanz abwechselnd nach Zeiteinheit an diese oder an einen Kandidaten senden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Select an experiment to see its results, or start a new one.</source>
        <translation>Wählen Sie ein Experiment aus, um seine Ergebnisse zu sehen, oder starten Sie ein neues.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Experiment %1 started.</source>
        <translation>Experiment %1 gestartet.</translation>
    </message>
    <message>
        <source>Acceptance test %1 created.</source>
        <translation>Abnahmetest %1 erstellt.</translation>
    </message>
    <message>
        <source>Shadow test %1 created; start it to collect runs.</source>
        <translation>Schattentest %1 erstellt; starten Sie ihn, um Läufe zu sammeln.</translation>
    </message>
    <message>
        <source>Switchback test %1 created; start it to follow its plan.</source>
        <translation>Switchback-Test %1 erstellt; starten Sie ihn, um seinem Plan zu folgen.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>Stop Test</source>
        <translation>Test beenden</translation>
    </message>
    <message>
        <source>Stop test %1? Complete keeps it as a finished test with its results; Cancel Test marks it canceled. Either way no more runs are added.</source>
        <translation>Test %1 beenden? Abschließen behält ihn als abgeschlossenen Test mit seinen Ergebnissen; Test abbrechen markiert ihn als abgebrochen. In beiden Fällen werden keine weiteren Läufe hinzugefügt.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 gestoppt.</translation>
    </message>
    <message>
        <source>Cancel Experiment</source>
        <translation>Experiment abbrechen</translation>
    </message>
    <message>
        <source>Cancel experiment %1? Its runs that have not finished are canceled; results so far are kept.</source>
        <translation>Experiment %1 abbrechen? Seine noch nicht beendeten Läufe werden abgebrochen; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled %n run(s) of experiment %1.</source>
        <translation>
            <numerusform>%n Lauf von Experiment %1 abgebrochen.</numerusform>
            <numerusform>%n Läufe von Experiment %1 abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 %2</source>
        <translation>%1 %2 umbenennen</translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation>%1 umbenannt.</translation>
    </message>
    <message>
        <source>Delete batch experiment %1 and all its runs? This cannot be undone.</source>
        <translation>Batch-Experiment %1 und alle seine Läufe löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete acceptance test %1 and the batch experiment it rests on, with its runs? This cannot be undone.</source>
        <translation>Abnahmetest %1 und das zugrunde liegende Batch-Experiment samt seinen Läufen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete shadow test %1 and its shadow runs? The baseline runs are kept. This cannot be undone.</source>
        <translation>Schattentest %1 und seine Schattenläufe löschen? Die Läufe der Referenz bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete switchback test %1? Its runs are kept, no longer linked to it. This cannot be undone.</source>
        <translation>Switchback-Test %1 löschen? Seine Läufe bleiben erhalten, sind aber nicht mehr mit ihm verknüpft. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>Ui::InputSetsTab</name>
    <message>
        <source>Set:</source>
        <translation>Eingabesatz:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Select an input set. Make one from inputs (New…), from runs selected in the Runs tab, or by dropping a folder of JSON files.</source>
        <translation>Wählen Sie einen Eingabesatz. Erstellen Sie einen aus Eingaben (Neu…), aus den im Reiter Läufe ausgewählten Läufen oder indem Sie einen Ordner mit JSON-Dateien hier ablegen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n input(s)</source>
        <translation>
            <numerusform>%1 — %n Eingabe</numerusform>
            <numerusform>%1 — %n Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no JSON files.</source>
        <translation>%1 enthält keine JSON-Dateien.</translation>
    </message>
    <message>
        <source>input set %1</source>
        <translation>Eingabesatz %1</translation>
    </message>
    <message>
        <source>Its inputs and runs are kept; only the set goes.</source>
        <translation>Seine Eingaben und Läufe bleiben erhalten; nur der Satz wird entfernt.</translation>
    </message>
</context>
<context>
    <name>Ui::InputsTab</name>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>From Run…</source>
        <translation>Aus Lauf…</translation>
    </message>
    <message>
        <source>Input from a Run</source>
        <translation>Eingabe aus einem Lauf</translation>
    </message>
    <message>
        <source>Run ID whose input to keep:</source>
        <translation>ID des Laufs, dessen Eingabe behalten werden soll:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Start a run that reads this input</source>
        <translation>Einen Lauf starten, der diese Eingabe liest</translation>
    </message>
    <message>
        <source>Save Input</source>
        <translation>Eingabe speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Select an input, or drop JSON files here to add them.</source>
        <translation>Wählen Sie eine Eingabe oder legen Sie JSON-Dateien hier ab, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 — %2, %3%4</source>
        <translation>%1 — %2, %3%4</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>, from run %1</source>
        <translation>, aus Lauf %1</translation>
    </message>
    <message>
        <source>Too large to preview (%1).</source>
        <translation>Zu groß für eine Vorschau (%1).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading the input of run %1…</source>
        <translation>Eingabe von Lauf %1 wird geladen…</translation>
    </message>
    <message>
        <source>This server does not show the content of an uploaded input; runs and experiments use it as usual.</source>
        <translation>Dieser Server zeigt den Inhalt einer hochgeladenen Eingabe nicht an; Läufe und Experimente verwenden sie wie gewohnt.</translation>
    </message>
    <message>
        <source>Add Inputs</source>
        <translation>Eingaben hinzufügen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Input of %1</source>
        <translation>Eingabe von %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Input sets that list it keep their copy of its details; runs made from it are kept.</source>
        <translation>Eingabesätze, die sie enthalten, behalten ihre Kopie der Angaben; aus ihr erstellte Läufe bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Ui::InstancesTab</name>
    <message>
        <source>Refuse runs when no capacity is free</source>
        <translation>Läufe ablehnen, wenn keine Kapazität frei ist</translation>
    </message>
    <message>
        <source>Add Known Option</source>
        <translation>Bekannte Option hinzufügen</translation>
    </message>
    <message>
        <source>The options the selected version&apos;s app declares</source>
        <translation>Die Optionen, die die Anwendung der gewählten Version deklariert</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>default (6)</source>
        <translation>Standard (6)</translation>
    </message>
    <message>
        <source>1 runs first, 9 last.</source>
        <translation>1 läuft zuerst, 9 zuletzt.</translation>
    </message>
    <message>
        <source>e.g. 6c9500mb870s; the time limit is its suffix</source>
        <translation>z. B. 6c9500mb870s; das Zeitlimit ist das Suffix</translation>
    </message>
    <message>
        <source>Add Option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Remove Option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>&amp;Execution class:</source>
        <translation>&amp;Ausführungsklasse:</translation>
    </message>
    <message>
        <source>&amp;Queue priority:</source>
        <translation>&amp;Warteschlangenpriorität:</translation>
    </message>
    <message>
        <source>&amp;Secrets collection:</source>
        <translation>&amp;Secrets-Sammlung:</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>In&amp;tegration:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&apos;version_id&apos;: choose the version to run.</source>
        <translation>&apos;version_id&apos;: Wählen Sie die auszuführende Version.</translation>
    </message>
    <message>
        <source>&apos;configuration.options&apos;: each option needs a unique name without spaces (&apos;%1&apos;).</source>
        <translation>&apos;configuration.options&apos;: Jede Option braucht einen eindeutigen Namen ohne Leerzeichen (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>It is the application&apos;s default instance: the server will refuse until another default is chosen in App Settings.</source>
        <translation>Sie ist die Standardinstanz der Anwendung: Der Server lehnt ab, bis in den Anwendungseinstellungen eine andere Standardinstanz gewählt ist.</translation>
    </message>
    <message>
        <source>Runs already made on it are kept.</source>
        <translation>Bereits darauf erstellte Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
</context>
<context>
    <name>Ui::JsonTableView</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Table of %1</source>
        <translation>Tabelle von %1</translation>
    </message>
    <message>
        <source>Filter rows by any cell</source>
        <translation>Zeilen nach beliebiger Zelle filtern</translation>
    </message>
    <message>
        <source>The item&apos;s position in the array</source>
        <translation>Die Position des Elements im Array</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Elementen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Ui::JsonViewer</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>
… (%1 more bytes; use Save As… for the whole document)</source>
        <translation>
… (%1 weitere Bytes; das ganze Dokument erhalten Sie mit Speichern unter…)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Not JSON (%1 at byte %2); showing the raw text.</source>
        <translation>Kein JSON (%1 bei Byte %2); der Rohtext wird angezeigt.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>JSON viewer</source>
        <translation>JSON-Anzeige</translation>
    </message>
    <message>
        <source>A JSON document as an expandable tree or as raw text</source>
        <translation>Ein JSON-Dokument als aufklappbarer Baum oder als Rohtext</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>JSON-Text</translation>
    </message>
    <message>
        <source>Show the document as a tree</source>
        <translation>Das Dokument als Baum zeigen</translation>
    </message>
    <message>
        <source>Show the document as text</source>
        <translation>Das Dokument als Text zeigen</translation>
    </message>
    <message>
        <source>Open as Table</source>
        <translation>Als Tabelle öffnen</translation>
    </message>
    <message>
        <source>Show the selected array of objects, or the whole document when it is one, as a sortable table</source>
        <translation>Das ausgewählte Array von Objekten, oder das ganze Dokument, wenn es eines ist, als sortierbare Tabelle zeigen</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>Ui::KeychainKeyStore</name>
    <message>
        <source>No API key is stored for &apos;%1&apos;.</source>
        <translation>Für &apos;%1&apos; ist kein API-Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>NextDesk</source>
        <translation>NextDesk</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Input Sets</source>
        <translation>Eingabesätze</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>App Settings</source>
        <translation>Anwendungseinstellungen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Application %1 was deleted.</source>
        <translation>Anwendung %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Installed the sample app &apos;%1&apos; with a few runs.</source>
        <translation>Die Beispiel-App &apos;%1&apos; wurde mit einigen Läufen installiert.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>New Connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Noch keine Anwendungen</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>Anwendung %1 erstellt.</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>Lauf %1 %2.</translation>
    </message>
    <message>
        <source>Transfers in Progress</source>
        <translation>Übertragungen laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running and will be stopped. Quit anyway?</source>
        <translation>
            <numerusform>%n Übertragung läuft noch und wird abgebrochen. Trotzdem beenden?</numerusform>
            <numerusform>%n Übertragungen laufen noch und werden abgebrochen. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>Wählen Sie zuerst eine Anwendung.</translation>
    </message>
    <message>
        <source>Shown on the Runs tab.</source>
        <translation>Im Reiter Läufe verfügbar.</translation>
    </message>
    <message>
        <source>Select runs that are queued or running.</source>
        <translation>Wählen Sie Läufe, die warten oder laufen.</translation>
    </message>
    <message>
        <source>Select 2 to %1 runs.</source>
        <translation>Wählen Sie 2 bis %1 Läufe.</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindowActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>command (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>Run the application on an input</source>
        <translation>Die Anwendung mit einer Eingabe ausführen</translation>
    </message>
    <message>
        <source>New &amp;Experiment…</source>
        <translation>Neues &amp;Experiment…</translation>
    </message>
    <message>
        <source>Compare instances or versions on an input set</source>
        <translation>Instanzen oder Versionen auf einem Eingabesatz vergleichen</translation>
    </message>
    <message>
        <source>New &amp;Application…</source>
        <translation>Neue &amp;Anwendung…</translation>
    </message>
    <message>
        <source>Create a decision application on this connection</source>
        <translation>Eine Entscheidungsanwendung auf dieser Verbindung anlegen</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <source>Add a Nextmv endpoint with its API key</source>
        <translation>Einen Nextmv-Endpunkt mit seinem API-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Upload Inputs…</source>
        <translation>Eingaben &amp;hochladen…</translation>
    </message>
    <message>
        <source>Keep input files on the server as managed inputs</source>
        <translation>Eingabedateien als verwaltete Eingaben auf dem Server behalten</translation>
    </message>
    <message>
        <source>&amp;Keep Local Server Running After Exit</source>
        <translation>Lokalen Server nach dem Beenden &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Leave the Local server up for other consoles and command-line tools when NextDesk quits</source>
        <translation>Den lokalen Server für andere Konsolen und Kommandozeilenwerkzeuge weiterlaufen lassen, wenn NextDesk beendet wird</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit NextDesk</source>
        <translation>NextDesk beenden</translation>
    </message>
    <message>
        <source>&amp;Find Runs</source>
        <translation>Läufe &amp;suchen</translation>
    </message>
    <message>
        <source>Search the runs by name, ID or description</source>
        <translation>Läufe nach Name, ID oder Beschreibung durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel Selected Runs…</source>
        <translation>Ausgewählte Läufe a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Stop the selected runs that are queued or running</source>
        <translation>Die ausgewählten wartenden oder laufenden Läufe anhalten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, language, default connection and refresh interval</source>
        <translation>Farbschema, Sprache, Standardverbindung und Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the current tab&apos;s list from the server again</source>
        <translation>Die Liste des aktuellen Reiters neu vom Server laden</translation>
    </message>
    <message>
        <source>Account &amp;Queue</source>
        <translation>&amp;Warteschlange des Kontos</translation>
    </message>
    <message>
        <source>The runs queued or running for the whole account</source>
        <translation>Die wartenden oder laufenden Läufe des ganzen Kontos</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Find any command, or a run, experiment or version by name</source>
        <translation>Jeden Befehl finden, oder einen Lauf, ein Experiment oder eine Version nach Namen</translation>
    </message>
    <message>
        <source>&amp;About NextDesk</source>
        <translation>Über &amp;NextDesk</translation>
    </message>
    <message>
        <source>Version, build and licences</source>
        <translation>Version, Build und Lizenzen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version NextDesk runs on</source>
        <translation>Die Qt-Version, mit der NextDesk läuft</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>Ü&amp;bertragungen</translation>
    </message>
    <message>
        <source>&amp;Go to Tab</source>
        <translation>&amp;Gehe zu Reiter</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected Runs…</source>
        <translation>Ausgewählte Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Statistics, options and outputs of 2 to 20 runs side by side</source>
        <translation>Statistiken, Optionen und Ausgaben von 2 bis 20 Läufen nebeneinander</translation>
    </message>
</context>
<context>
    <name>Ui::NameDescriptionDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>Ui::NewAcceptanceTestDialog</name>
    <message>
        <source>New Acceptance Test on %1</source>
        <translation>Neuer Abnahmetest für %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Metrik hinzufügen</translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation>Metrik entfernen</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Baseline instance:</source>
        <translation>&amp;Referenzinstanz:</translation>
    </message>
    <message>
        <source>&amp;Candidate instance:</source>
        <translation>&amp;Kandidateninstanz:</translation>
    </message>
    <message>
        <source>Create Test</source>
        <translation>Test erstellen</translation>
    </message>
    <message>
        <source>The candidate passes a metric when its statistic compares to the baseline&apos;s as the operator says (candidate ≥ baseline, …). For ≥, &gt;, ≤ and &lt; a tolerance lets the candidate be worse by that much; for = it is the allowed difference, for ≠ the difference that must be exceeded.</source>
        <translation>Der Kandidat besteht eine Metrik, wenn sich seine Kennzahl zu der der Referenz so verhält, wie der Operator angibt (Kandidat ≥ Referenz, …). Bei ≥, &gt;, ≤ und &lt; darf der Kandidat dank einer Toleranz um so viel schlechter sein; bei = ist sie die erlaubte Abweichung, bei ≠ die Abweichung, die überschritten werden muss.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>absolut</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>Relative tolerances are fractions: 0.05 is 5 %.</source>
        <translation>Relative Toleranzen sind Anteile: 0,05 sind 5 %.</translation>
    </message>
    <message>
        <source>The test needs an ID and a name.</source>
        <translation>Der Test braucht eine ID und einen Namen.</translation>
    </message>
    <message>
        <source>Choose two different instances: a baseline and a candidate.</source>
        <translation>Wählen Sie zwei verschiedene Instanzen: eine Referenz und einen Kandidaten.</translation>
    </message>
    <message>
        <source>Metric %1 needs a field.</source>
        <translation>Metrik %1 braucht ein Feld.</translation>
    </message>
    <message>
        <source>Add at least one metric.</source>
        <translation>Fügen Sie mindestens eine Metrik hinzu.</translation>
    </message>
</context>
<context>
    <name>Ui::NewApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>The ID when empty</source>
        <translation>Bei leerem Feld die ID</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>Ui::NewExperimentWizard</name>
    <message>
        <source>New Batch Experiment</source>
        <translation>Neues Batch-Experiment</translation>
    </message>
    <message>
        <source>Start Experiment</source>
        <translation>Experiment starten</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>Was verglichen wird</translation>
    </message>
    <message>
        <source>Every input of the set runs on every chosen instance or version.</source>
        <translation>Jede Eingabe des Satzes läuft auf jeder gewählten Instanz oder Version.</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>wird erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Input &amp;set:</source>
        <translation>Eingabe&amp;satz:</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>&amp;Ausführen auf:</translation>
    </message>
    <message>
        <source>How to run it</source>
        <translation>Wie es ausgeführt wird</translation>
    </message>
    <message>
        <source>Option sets run each input once per set, with these options on top of the instance&apos;s; repetitions run everything again.</source>
        <translation>Optionssätze führen jede Eingabe einmal pro Satz aus, mit diesen Optionen zusätzlich zu denen der Instanz; Wiederholungen führen alles noch einmal aus.</translation>
    </message>
    <message>
        <source>Option set</source>
        <translation>Optionssatz</translation>
    </message>
    <message>
        <source>Options (name=value, …)</source>
        <translation>Optionen (Name=Wert, …)</translation>
    </message>
    <message>
        <source>Add Option Set</source>
        <translation>Optionssatz hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>set-%1</source>
        <translation>set-%1</translation>
    </message>
    <message>
        <source>Re&amp;petitions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n input(s))</source>
        <translation>
            <numerusform>%1 (%n Eingabe)</numerusform>
            <numerusform>%1 (%n Eingaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance %1 (version %2)</source>
        <translation>Instanz %1 (Version %2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>Die Auswahl konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This application has no input sets yet: make one in the Input Sets tab first.</source>
        <translation>Diese Anwendung hat noch keine Eingabesätze: Erstellen Sie zuerst einen im Reiter Eingabesätze.</translation>
    </message>
    <message>
        <source>Option set %1 needs a name of its own.</source>
        <translation>Optionssatz %1 braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Option set %1: &quot;%2&quot; is not name=value.</source>
        <translation>Optionssatz %1: „%2“ hat nicht die Form Name=Wert.</translation>
    </message>
    <message>
        <source>%1 inputs × %2 targets × %3 option sets × %4 repetitions = %5 runs</source>
        <translation>%1 Eingaben × %2 Ziele × %3 Optionssätze × %4 Wiederholungen = %5 Läufe</translation>
    </message>
    <message>
        <source>Give the experiment a name.</source>
        <translation>Geben Sie dem Experiment einen Namen.</translation>
    </message>
    <message>
        <source>Choose an input set.</source>
        <translation>Wählen Sie einen Eingabesatz.</translation>
    </message>
    <message>
        <source>Input set %1 has no inputs.</source>
        <translation>Eingabesatz %1 hat keine Eingaben.</translation>
    </message>
    <message>
        <source>Choose at least one instance or version to run on.</source>
        <translation>Wählen Sie mindestens eine Instanz oder Version für die Ausführung.</translation>
    </message>
    <message>
        <source>%1 runs is more than the %2 an experiment may have.</source>
        <translation>%1 Läufe sind mehr als die %2, die ein Experiment haben darf.</translation>
    </message>
</context>
<context>
    <name>Ui::NewInputSetDialog</name>
    <message>
        <source>New Input Set</source>
        <translation>Neuer Eingabesatz</translation>
    </message>
    <message>
        <source>The ID when empty</source>
        <translation>Bei leerem Feld die ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Managed Inputs</source>
        <translation>Verwaltete Eingaben</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Läufe</translation>
    </message>
    <message>
        <source>Runs of an Instance</source>
        <translation>Läufe einer Instanz</translation>
    </message>
    <message>
        <source>I&amp;D:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Give the input set an ID.</source>
        <translation>Geben Sie dem Eingabesatz eine ID.</translation>
    </message>
    <message>
        <source>Select at least one input.</source>
        <translation>Wählen Sie mindestens eine Eingabe.</translation>
    </message>
    <message>
        <source>Choose the instance whose runs to use.</source>
        <translation>Wählen Sie die Instanz, deren Läufe verwendet werden sollen.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Das Zeitfenster muss nach seinem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>Ui::NewRunDialog</name>
    <message>
        <source>New Run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>Start Run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Remove Option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose Input</source>
        <translation>Eingabe wählen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Drop a JSON file here, or browse</source>
        <translation>JSON-Datei hier ablegen oder durchsuchen</translation>
    </message>
    <message>
        <source>Paste the input JSON here</source>
        <translation>Eingabe-JSON hier einfügen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>&amp;Ausführen auf:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>latest (the pushed dev binary)</source>
        <translation>latest (die hochgeladene Entwicklungs-Binärdatei)</translation>
    </message>
    <message>
        <source>Ensemble: %1 (%2)</source>
        <translation>Ensemble: %1 (%2)</translation>
    </message>
    <message>
        <source>Managed input %1 (%2), as the server keeps it.</source>
        <translation>Verwaltete Eingabe %1 (%2), wie der Server sie speichert.</translation>
    </message>
    <message>
        <source>Managed Input</source>
        <translation>Verwaltete Eingabe</translation>
    </message>
    <message>
        <source>Choose an instance or an ensemble to run.</source>
        <translation>Wählen Sie eine Instanz oder ein Ensemble für die Ausführung.</translation>
    </message>
    <message>
        <source>Option names cannot contain spaces: &apos;%1&apos;.</source>
        <translation>Optionsnamen dürfen keine Leerzeichen enthalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; is given twice.</source>
        <translation>Die Option &apos;%1&apos; ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Choose an input file, or paste the input.</source>
        <translation>Wählen Sie eine Eingabedatei oder fügen Sie die Eingabe ein.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Paste the input, or choose a file.</source>
        <translation>Fügen Sie die Eingabe ein oder wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>The pasted input is not valid JSON: %1 at byte %2.</source>
        <translation>Die eingefügte Eingabe ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
</context>
<context>
    <name>Ui::NewShadowTestDialog</name>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>At the latest at</source>
        <translation>Spätestens am</translation>
    </message>
    <message>
        <source>New Shadow Test</source>
        <translation>Neuer Schattentest</translation>
    </message>
    <message>
        <source>Every run of the baseline is repeated on each checked instance, with the same input and options.</source>
        <translation>Jeder Lauf der Referenz wird auf jeder markierten Instanz wiederholt, mit derselben Eingabe und denselben Optionen.</translation>
    </message>
    <message>
        <source> baseline runs</source>
        <translation> Referenzläufen</translation>
    </message>
    <message>
        <source>&amp;Baseline instance:</source>
        <translation>&amp;Referenzinstanz:</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>&amp;Kandidaten:</translation>
    </message>
    <message>
        <source>&amp;Ends after:</source>
        <translation>&amp;Endet nach:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Collects:</source>
        <translation>&amp;Sammelt:</translation>
    </message>
    <message>
        <source>Create Shadow Test</source>
        <translation>Schattentest erstellen</translation>
    </message>
    <message>
        <source>Choose the baseline instance.</source>
        <translation>Wählen Sie die Referenzinstanz.</translation>
    </message>
    <message>
        <source>Check at least one candidate instance.</source>
        <translation>Markieren Sie mindestens eine Kandidateninstanz.</translation>
    </message>
    <message>
        <source>The test must end after it starts collecting.</source>
        <translation>Der Test muss enden, nachdem er mit dem Sammeln begonnen hat.</translation>
    </message>
</context>
<context>
    <name>Ui::NewSwitchbackTestDialog</name>
    <message>
        <source>Start the plan at</source>
        <translation>Plan beginnen am</translation>
    </message>
    <message>
        <source>New Switchback Test</source>
        <translation>Neuer Switchback-Test</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Without a time the plan starts when the test is started.</source>
        <translation>Ohne Zeitangabe beginnt der Plan, wenn der Test gestartet wird.</translation>
    </message>
    <message>
        <source>units of</source>
        <translation>Einheiten zu</translation>
    </message>
    <message>
        <source>&amp;Baseline instance:</source>
        <translation>&amp;Referenzinstanz:</translation>
    </message>
    <message>
        <source>&amp;Candidate instance:</source>
        <translation>&amp;Kandidateninstanz:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Create Switchback Test</source>
        <translation>Switchback-Test erstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1, each unit on baseline or candidate at random</source>
        <translation>= %1, jede Einheit zufällig auf Referenz oder Kandidat</translation>
    </message>
    <message>
        <source>Choose a candidate other than the baseline.</source>
        <translation>Wählen Sie einen anderen Kandidaten als die Referenz.</translation>
    </message>
</context>
<context>
    <name>Ui::OnlineTestDialog</name>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message numerus="yes">
        <source>A test compares two instances; this app has %n.</source>
        <translation>
            <numerusform>Ein Test vergleicht zwei Instanzen; diese Anwendung hat %n.</numerusform>
            <numerusform>Ein Test vergleicht zwei Instanzen; diese Anwendung hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the test a name.</source>
        <translation>Geben Sie dem Test einen Namen.</translation>
    </message>
</context>
<context>
    <name>Ui::OnlineTestView</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Start collecting runs</source>
        <translation>Mit dem Sammeln von Läufen beginnen</translation>
    </message>
    <message>
        <source>Stop the test: complete it, or cancel it</source>
        <translation>Den Test stoppen: abschließen oder abbrechen</translation>
    </message>
    <message>
        <source>Runs of %1 are repeated on %2.</source>
        <translation>Läufe von %1 werden auf %2 wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n baseline run(s) seen</source>
        <translation>
            <numerusform>%1 von %n Referenzlauf erfasst</numerusform>
            <numerusform>%1 von %n Referenzläufen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs of %1 go to %1 or %2 by the unit of the plan they arrive in.</source>
        <translation>Läufe von %1 gehen an %1 oder %2, je nach der Einheit des Plans, in der sie eintreffen.</translation>
    </message>
    <message>
        <source>%1 %2 (baseline) %3 %4 (candidate)</source>
        <translation>%1 %2 (Referenz) %3 %4 (Kandidat)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), from %1 once started</source>
        <translation>
            <numerusform>%n Einheit, ab %1, sobald gestartet</numerusform>
            <numerusform>%n Einheiten, ab %1, sobald gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), from when it is started</source>
        <translation>
            <numerusform>%n Einheit, ab dem Start</numerusform>
            <numerusform>%n Einheiten, ab dem Start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 of %2 on %3, until %4; %n run(s) so far</source>
        <translation>
            <numerusform>Einheit %1 von %2 auf %3, bis %4; bisher %n Lauf</numerusform>
            <numerusform>Einheit %1 von %2 auf %3, bis %4; bisher %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan starts at %1</source>
        <translation>Der Plan beginnt am %1</translation>
    </message>
    <message numerus="yes">
        <source>The plan ended at %1; %n run(s)</source>
        <translation>
            <numerusform>Der Plan endete am %1; %n Lauf</numerusform>
            <numerusform>Der Plan endete am %1; %n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OutputDiffView</name>
    <message>
        <source>Compare Outputs</source>
        <translation>Ausgaben vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pick two runs and compare their outputs.</source>
        <translation>Wählen Sie zwei Läufe und vergleichen Sie ihre Ausgaben.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Output of</source>
        <translation>Ausgabe von</translation>
    </message>
    <message>
        <source>against</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation>Wählen Sie zwei verschiedene Läufe.</translation>
    </message>
    <message>
        <source>Fetching the outputs…</source>
        <translation>Die Ausgaben werden geholt…</translation>
    </message>
    <message>
        <source>Could not fetch the output of %1: %2</source>
        <translation>Die Ausgabe von %1 konnte nicht geholt werden: %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The outputs hold the same JSON.</source>
        <translation>Die Ausgaben enthalten dasselbe JSON.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n structural changes (there are more).</source>
        <translation>
            <numerusform>%n strukturelle Änderung (es gibt mehr).</numerusform>
            <numerusform>Die ersten %n strukturellen Änderungen (es gibt mehr).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n structural change(s).</source>
        <translation>
            <numerusform>%n strukturelle Änderung.</numerusform>
            <numerusform>%n strukturelle Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines: %1 removed, %2 added.</source>
        <translation>Zeilen: %1 entfernt, %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Parts changed too much to align and are shown as replaced.</source>
        <translation>Teile haben sich zu stark geändert, um sie zuzuordnen, und werden als ersetzt gezeigt.</translation>
    </message>
    <message>
        <source>The line diff is cut short.</source>
        <translation>Der Zeilenvergleich ist gekürzt.</translation>
    </message>
</context>
<context>
    <name>Ui::PaletteSources</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>A new language takes effect when NextDesk starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von NextDesk.</translation>
    </message>
    <message>
        <source>&amp;Keep the Local server running after NextDesk quits</source>
        <translation>Lokalen Server nach dem Beenden von NextDesk &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the run list asks the server for runs started elsewhere.</source>
        <translation>Wie oft die Laufliste den Server nach anderswo gestarteten Läufen fragt.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default &amp;connection:</source>
        <translation>Standard&amp;verbindung:</translation>
    </message>
    <message>
        <source>Refresh run lists &amp;every:</source>
        <translation>Lauflisten &amp;aktualisieren alle:</translation>
    </message>
</context>
<context>
    <name>Ui::QueueWindow</name>
    <message>
        <source>Cancel Run…</source>
        <translation>Lauf abbrechen…</translation>
    </message>
    <message>
        <source>Account Queue</source>
        <translation>Warteschlange des Kontos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Warteschlange wird geladen…</translation>
    </message>
    <message>
        <source>Nothing is queued or running.</source>
        <translation>Nichts ist in der Warteschlange oder läuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) running</source>
        <translation>
            <numerusform>%n Lauf läuft</numerusform>
            <numerusform>%n Läufe laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued, across all applications.</source>
        <translation>
            <numerusform>%n in der Warteschlange, über alle Anwendungen hinweg.</numerusform>
            <numerusform>%n in der Warteschlange, über alle Anwendungen hinweg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run %1 of %2? It ends as canceled; its input and logs are kept.</source>
        <translation>Lauf %1 von %2 abbrechen? Er endet als abgebrochen; seine Eingabe und Protokolle bleiben erhalten.</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Ui::RunDetailView</name>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Cancel Run…</source>
        <translation>Lauf abbrechen…</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie einen Lauf, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>This server does not tell how an ensemble run chose its answer; the output is the winner&apos;s. NextDesk&apos;s local server does.</source>
        <translation>Dieser Server gibt nicht an, wie ein Ensemble-Lauf seine Antwort gewählt hat; die Ausgabe ist die des Gewinners. Der lokale Server von NextDesk gibt es an.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>(dev binary)</source>
        <translation>(Entwicklungs-Binärdatei)</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Input size:</source>
        <translation>Eingabegröße:</translation>
    </message>
    <message>
        <source>Output size:</source>
        <translation>Ausgabegröße:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This run has no output: %1</source>
        <translation>Dieser Lauf hat keine Ausgabe: %1</translation>
    </message>
    <message>
        <source>The output appears when the run succeeds.</source>
        <translation>Die Ausgabe erscheint, wenn der Lauf erfolgreich ist.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Logs of the finished run (the last 50 kB are kept).</source>
        <translation>Protokolle des beendeten Laufs (die letzten 50 kB werden aufbewahrt).</translation>
    </message>
    <message>
        <source>Following the live logs…</source>
        <translation>Live-Protokolle werden verfolgt…</translation>
    </message>
    <message>
        <source>The run ended: %1.</source>
        <translation>Der Lauf ist beendet: %1.</translation>
    </message>
    <message>
        <source>Save Output</source>
        <translation>Ausgabe speichern</translation>
    </message>
    <message>
        <source>Save Input</source>
        <translation>Eingabe speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Re-run…</source>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <source>Start a new run with this run&apos;s input and options, edited first</source>
        <translation>Einen neuen Lauf mit Eingabe und Optionen dieses Laufs starten, zuvor bearbeitet</translation>
    </message>
</context>
<context>
    <name>Ui::RunsTab</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Find runs by name, ID or description</source>
        <translation>Läufe nach Name, ID oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Any instance</source>
        <translation>Beliebige Instanz</translation>
    </message>
    <message>
        <source>Any version</source>
        <translation>Beliebige Version</translation>
    </message>
    <message>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <source>Could not load runs</source>
        <translation>Läufe konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>Lauf %1 gestartet.</translation>
    </message>
    <message>
        <source>Edit Run %1</source>
        <translation>Lauf %1 bearbeiten</translation>
    </message>
    <message>
        <source>Run %1 updated.</source>
        <translation>Lauf %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run %1? The app is stopped and its run ends as canceled; its input and logs are kept.</source>
        <translation>Lauf %1 abbrechen? Die Anwendung wird gestoppt und der Lauf endet als abgebrochen; seine Eingabe und Protokolle bleiben erhalten.</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Run %1 is being canceled.</source>
        <translation>Lauf %1 wird abgebrochen.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete run %1? Its input, output and logs are removed from the server; this cannot be undone.</source>
        <translation>Lauf %1 löschen? Seine Eingabe, Ausgabe und Protokolle werden vom Server entfernt; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <source>Show Output</source>
        <translation>Ausgabe anzeigen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Cancel Run…</source>
        <translation>Lauf abbrechen…</translation>
    </message>
    <message>
        <source>Delete Run…</source>
        <translation>Lauf löschen…</translation>
    </message>
    <message>
        <source>Keep Input as Managed Input</source>
        <translation>Eingabe als verwaltete Eingabe behalten</translation>
    </message>
    <message numerus="yes">
        <source>Make Input Set from %n Selected Run(s)…</source>
        <translation>
            <numerusform>Eingabesatz aus %n ausgewähltem Lauf erstellen…</numerusform>
            <numerusform>Eingabesatz aus %n ausgewählten Läufen erstellen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Run ID</source>
        <translation>Lauf-ID kopieren</translation>
    </message>
    <message>
        <source>Cancel Runs</source>
        <translation>Läufe abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n runs? Their apps are stopped and the runs end as canceled; their inputs and logs are kept.</source>
        <translation>
            <numerusform>%n Lauf abbrechen? Seine App wird angehalten und der Lauf endet als abgebrochen; Eingabe und Protokolle bleiben erhalten.</numerusform>
            <numerusform>%n Läufe abbrechen? Ihre Apps werden angehalten und die Läufe enden als abgebrochen; Eingaben und Protokolle bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie einen Lauf, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n Selected Run(s)…</source>
        <translation>
            <numerusform>%n ausgewählten Lauf vergleichen…</numerusform>
            <numerusform>%n ausgewählte Läufe vergleichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching run %1 to run it again…</source>
        <translation>Lauf %1 wird für die erneute Ausführung geholt…</translation>
    </message>
    <message>
        <source>Cannot run %1 again: %2</source>
        <translation>%1 kann nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Cannot fetch the input of run %1: %2</source>
        <translation>Die Eingabe von Lauf %1 kann nicht geholt werden: %2</translation>
    </message>
    <message>
        <source>Cannot keep the input of run %1: %2</source>
        <translation>Die Eingabe von Lauf %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 (again)</source>
        <comment>name of a run started again from another</comment>
        <translation>%1 (erneut)</translation>
    </message>
    <message>
        <source>Re-run…</source>
        <translation>Erneut ausführen…</translation>
    </message>
</context>
<context>
    <name>Ui::SwitchbackTimeline</name>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Unit %1: %2 (%3)
%4 – %5</source>
        <translation>Einheit %1: %2 (%3)
%4 – %5</translation>
    </message>
    <message>
        <source>Switchback plan</source>
        <translation>Switchback-Plan</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Einheit von %1 bis %2.</numerusform>
            <numerusform>%n Einheiten von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The candidate %1 runs in %n of them.</source>
        <translation>
            <numerusform>Der Kandidat %1 läuft in %n davon.</numerusform>
            <numerusform>Der Kandidat %1 läuft in %n davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline %1 runs in %n of them.</source>
        <translation>
            <numerusform>Die Referenz %1 läuft in %n davon.</numerusform>
            <numerusform>Die Referenz %1 läuft in %n davon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TextExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ui::TransfersPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>The server may already have carried this out.</source>
        <translation>Der Server hat dies möglicherweise bereits ausgeführt.</translation>
    </message>
    <message>
        <source>The connection ended before the answer came, so the earlier attempt may have succeeded. Check the list first; retrying may create a second one.</source>
        <translation>Die Verbindung endete, bevor die Antwort kam; der frühere Versuch war also möglicherweise erfolgreich. Prüfen Sie zuerst die Liste; ein erneuter Versuch kann ein zweites Exemplar erstellen.</translation>
    </message>
</context>
<context>
    <name>Ui::UnsavedChanges</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The form has changes that are not saved.</source>
        <translation>Das Formular enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>Ui::VersionsTab</name>
    <message>
        <source>Compare Selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitpunkte:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Requirements:</source>
        <translation>Anforderungen:</translation>
    </message>
    <message>
        <source>Select a version, or make a new one from the pushed code.</source>
        <translation>Wählen Sie eine Version oder erstellen Sie eine neue aus dem hochgeladenen Code.</translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation>erstellt am %1, aktualisiert am %2</translation>
    </message>
    <message>
        <source>%1 (%2), pushed %3 by %4</source>
        <translation>%1 (%2), hochgeladen am %3 von %4</translation>
    </message>
    <message>
        <source>A version needs a name (&apos;name&apos;).</source>
        <translation>Eine Version braucht einen Namen (&apos;name&apos;).</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Instances that use this version can no longer start runs until they point at another version.</source>
        <translation>Instanzen, die diese Version verwenden, können keine Läufe mehr starten, bis sie auf eine andere Version verweisen.</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>leave empty for a generated ID</source>
        <translation>leer lassen für eine erzeugte ID</translation>
    </message>
    <message>
        <source>optional: an app folder or an executable to push first</source>
        <translation>optional: ein Anwendungsordner oder eine ausführbare Datei, die zuerst hochgeladen wird</translation>
    </message>
    <message>
        <source>Executable…</source>
        <translation>Ausführbare Datei…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose the App Executable</source>
        <translation>Ausführbare Datei der Anwendung wählen</translation>
    </message>
    <message>
        <source>Choose the App Folder</source>
        <translation>Anwendungsordner wählen</translation>
    </message>
    <message>
        <source>Create Version</source>
        <translation>Version erstellen</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Push first:</source>
        <translation>&amp;Zuerst hochladen:</translation>
    </message>
    <message>
        <source>Run Build Commands</source>
        <translation>Build-Befehle ausführen</translation>
    </message>
    <message>
        <source>Pushing %1 runs its manifest&apos;s commands on this computer first:</source>
        <translation>Beim Hochladen von %1 werden zuerst die Befehle seines Manifests auf diesem Computer ausgeführt:</translation>
    </message>
    <message>
        <source>Run and Push</source>
        <translation>Ausführen und hochladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select exactly two versions to compare.</source>
        <translation>Wählen Sie genau zwei Versionen zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ausführbare Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <translation>%1 und %2 vergleichen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop console for Nextmv decision applications.
Without options it opens the last connection, or the built-in Local server.</source>
        <translation>Eine Desktop-Konsole für Nextmv-Entscheidungsanwendungen.
Ohne Optionen öffnet sie die letzte Verbindung oder den eingebauten lokalen Server Local.</translation>
    </message>
    <message>
        <source>Open the connection named NAME (e.g. Local).</source>
        <translation>Die Verbindung namens NAME öffnen (z. B. Local).</translation>
    </message>
    <message>
        <source>Connect to the Nextmv API at URL; the API key is read from the NEXTMV_API_KEY environment variable.</source>
        <translation>Mit der Nextmv-API unter URL verbinden; der API-Schlüssel wird aus der Umgebungsvariablen NEXTMV_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>Show the application APP_ID.</source>
        <translation>Die Anwendung APP_ID anzeigen.</translation>
    </message>
    <message>
        <source>No system keychain (%1): API keys are kept for this session only.</source>
        <translation>Kein System-Schlüsselbund (%1): API-Schlüssel werden nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>There is no connection named &apos;%1&apos;; opening Local.</source>
        <translation>Es gibt keine Verbindung namens &apos;%1&apos;; Local wird geöffnet.</translation>
    </message>
    <message>
        <source>Check the built-in Local server without opening a window: start it, install the sample app, wait for its runs, print the programs used and stop it again.</source>
        <translation>Den eingebauten lokalen Server prüfen, ohne ein Fenster zu öffnen: ihn starten, die Beispiel-App installieren, auf ihre Läufe warten, die verwendeten Programme ausgeben und ihn wieder beenden.</translation>
    </message>
</context>
</TS>
